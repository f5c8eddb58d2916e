namespace CaseFlow.Contracts.Events;

/// <summary>A submission was accepted and a case created.</summary>
public sealed record CaseReceived
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>The case number (工单编号) it was given, e.g. YHWX-20261201-0007; absent where the township declares no code.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The submitter's key.</summary>
    public string ClientKey { get; init; } = "";

    /// <summary>The category id the submission named.</summary>
    public string Category { get; init; } = "";

    /// <summary>How the problem reached the township.</summary>
    public string Channel { get; init; } = "";

    /// <summary>When the case was created.</summary>
    public DateTimeOffset At { get; init; }
}
