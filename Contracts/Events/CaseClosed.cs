namespace CaseFlow.Contracts.Events;

/// <summary>The case closed with its rating.</summary>
public sealed record CaseClosed
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>The reporter's satisfaction rating; empty when the case closed without one.</summary>
    public string Rating { get; init; } = "";

    /// <summary>When the case closed.</summary>
    public DateTimeOffset ClosedAt { get; init; }
}
