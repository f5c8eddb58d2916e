namespace CaseFlow.Contracts.Events;

/// <summary>A command was refused; nothing changed. Sent to the caller.</summary>
public sealed record CaseCommandRejected
{
    /// <summary>The case, when known.</summary>
    public Guid? CaseId { get; init; }

    /// <summary>The submission key, for submissions.</summary>
    public string? ClientKey { get; init; }

    /// <summary>The command refused.</summary>
    public string Command { get; init; } = "";

    /// <summary>Why, and what would be right.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Field-level errors, for malformed commands.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];
}
