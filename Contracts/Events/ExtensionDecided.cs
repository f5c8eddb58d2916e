namespace CaseFlow.Contracts.Events;

/// <summary>An extension was approved or refused.</summary>
public sealed record ExtensionDecided
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>True when the extension was approved.</summary>
    public bool Approved { get; init; }

    /// <summary>Extra working days asked for.</summary>
    public int WorkingDays { get; init; }

    /// <summary>Why, as the leader said it.</summary>
    public string? Reason { get; init; }

    /// <summary>The handling deadline after an approved extension; null when refused.</summary>
    public DateTimeOffset? NewDeadline { get; init; }
}
