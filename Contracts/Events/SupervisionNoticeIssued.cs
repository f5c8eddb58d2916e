namespace CaseFlow.Contracts.Events;

/// <summary>A supervision notice: warning, urging, overdue or escalation.</summary>
public sealed record SupervisionNoticeIssued
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>
    /// warn, urge, overdue or escalate (handling against its deadline); signForOverdue (the office has not signed for the case in
    /// time); signForEscalate (still not signed for: the escalation ladder climbed, to the leader on the rung); countySilence (the county let its deadline pass: escalated in the township); countyUrge (the county's own urging
    /// notice, 督办, on an escalated case); callbackOverdue (a closed case was not called back, 回访, in time: to the command room).
    /// </summary>
    public string Kind { get; init; } = "";

    /// <summary>Office or leader told.</summary>
    public string Recipient { get; init; } = "";

    /// <summary>Supervision state after the notice.</summary>
    public string SupervisionState { get; init; } = "";

    /// <summary>The notice's text, when it has one.</summary>
    public string? Note { get; init; }

    /// <summary>The deadline the notice is about (handling, sign-for or the county's), when there is one.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
