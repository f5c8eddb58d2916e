using CaseFlow.Workflows.Validation;

namespace CaseFlow.Host.Workbench.Admin;

/// <summary>An error of a draft with where its JSON path is in the draft's text (null when the text has nothing at or around it).</summary>
/// <param name="Error">The validator's error: its JSON path and what is wrong.</param>
/// <param name="At">Where the path's value stands in the text.</param>
public sealed record DraftError(DefinitionError Error, JsonPosition? At)
{
    /// <summary>Each error placed in the text.</summary>
    public static IReadOnlyList<DraftError> Place(IReadOnlyList<DefinitionError> errors, string text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var positions = JsonPositions.Of(text);
        return errors.Select(e => new DraftError(e, positions.Find(e.Path))).ToList();
    }
}
