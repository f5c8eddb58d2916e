namespace CaseFlow.Contracts.Events;

/// <summary>The office signed for the case and the handling clock started.</summary>
public sealed record HandlingClockStarted
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>The office that signed for it.</summary>
    public string Office { get; init; } = "";

    /// <summary>When the office signed for it.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>By when handling must be finished, counted in working time on the township's calendar; null when unsupervised.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
