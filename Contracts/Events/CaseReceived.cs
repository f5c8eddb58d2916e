namespace CaseFlow.Contracts.Events;

/// <summary>A submission was accepted and a case created.</summary>
public sealed record CaseReceived
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>The submitter's key.</summary>
    public string ClientKey { get; init; } = "";

    /// <summary>Category id.</summary>
    public string Category { get; init; } = "";

    /// <summary>Channel.</summary>
    public string Channel { get; init; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset At { get; init; }
}
