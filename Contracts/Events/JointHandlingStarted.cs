namespace CaseFlow.Contracts.Events;

/// <summary>Joint handling began; the coordinating leader is told.</summary>
public sealed record JointHandlingStarted
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Lead office id.</summary>
    public string LeadOffice { get; init; } = "";

    /// <summary>Co-handling office ids.</summary>
    public IReadOnlyList<string> CoHandlers { get; init; } = [];

    /// <summary>Platforms involved.</summary>
    public IReadOnlyList<string> Platforms { get; init; } = [];

    /// <summary>The main leader when several platforms are involved, else the platform coordinator.</summary>
    public string CoordinatingLeader { get; init; } = "";
}
