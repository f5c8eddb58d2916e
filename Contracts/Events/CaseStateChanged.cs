namespace CaseFlow.Contracts.Events;

/// <summary>A case moved: every accepted command produces one.</summary>
public sealed record CaseStateChanged
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Position in the case history.</summary>
    public long Sequence { get; init; }

    /// <summary>What moved it.</summary>
    public string Trigger { get; init; } = "";

    /// <summary>Where the case was, as workflow.state.</summary>
    public string From { get; init; } = "";

    /// <summary>Where the case is now, as workflow.state.</summary>
    public string To { get; init; } = "";

    /// <summary>Supervision state, when supervised.</summary>
    public string? Supervision { get; init; }

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>When it moved.</summary>
    public DateTimeOffset At { get; init; }
}
