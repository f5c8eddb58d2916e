namespace CaseFlow.Contracts.Events;

/// <summary>An office asked for an extension; the platform leader decides.</summary>
public sealed record ExtensionRequested
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Who asked.</summary>
    public string Office { get; init; } = "";

    /// <summary>Extra working days.</summary>
    public int WorkingDays { get; init; }

    /// <summary>Why more time is needed.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Leader who decides.</summary>
    public string DecidedBy { get; init; } = "";
}
