namespace CaseFlow.Workflows.Validation;

/// <summary>One thing wrong with a definition: where (a JSON path such as <c>$.workflows[2].transitions[4].to</c>) and what, with what would be right.</summary>
/// <param name="Path">JSON path of the offending value.</param>
/// <param name="Message">What is wrong and what would be right.</param>
public sealed record DefinitionError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
