namespace CaseFlow.Contracts.Events;

/// <summary>One field of a command that was missing or wrong.</summary>
public sealed record FieldError
{
    /// <summary>The field name.</summary>
    public string Field { get; init; } = "";

    /// <summary>What was wrong and what would be right.</summary>
    public string Message { get; init; } = "";
}
