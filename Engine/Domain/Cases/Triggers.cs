namespace CaseFlow.Engine.Cases;

/// <summary>
/// Trigger names the engine uses in code. What each trigger carries and records is its unit's (<see cref="CaseTriggers"/>); a definition
/// may add triggers of its own, which only move the case.
/// </summary>
public static class Triggers
{
    /// <summary>Creates a case (not a workflow trigger: the case enters the entry workflow).</summary>
    public const string Submit = "Submit";

    /// <summary>Receive: the command room registers the case.</summary>
    public const string Register = "Register";

    /// <summary>Receive: in scope or out of scope.</summary>
    public const string Triage = "Triage";

    /// <summary>Receive: not a government matter.</summary>
    public const string MarkInvalid = "MarkInvalid";

    /// <summary>Receive: already reported.</summary>
    public const string MarkDuplicate = "MarkDuplicate";

    /// <summary>Dispatch to a platform.</summary>
    public const string Dispatch = "Dispatch";

    /// <summary>Route to a lead office and co-handlers.</summary>
    public const string Assign = "Assign";

    /// <summary>Return (退单).</summary>
    public const string Return = "Return";

    /// <summary>Sign for (签收).</summary>
    public const string SignFor = "SignFor";

    /// <summary>Escalate to the county.</summary>
    public const string EscalateToCounty = "EscalateToCounty";

    /// <summary>County accepted the case under its case number and deadline.</summary>
    public const string CountyAccept = "CountyAccept";

    /// <summary>County assigned the case to one of its departments.</summary>
    public const string CountyAssign = "CountyAssign";

    /// <summary>County progress notice.</summary>
    public const string CountyProgress = "CountyProgress";

    /// <summary>County urging notice (督办).</summary>
    public const string CountyUrge = "CountyUrge";

    /// <summary>County resolved the case.</summary>
    public const string CountyResolve = "CountyResolve";

    /// <summary>County sent the case back as in scope.</summary>
    public const string CountySendBack = "CountySendBack";

    /// <summary>Supervision: urge the office to sign for a case past its sign-for deadline.</summary>
    public const string UrgeSignFor = "UrgeSignFor";

    /// <summary>Supervision: urge the county about an escalated case past the county's deadline, and escalate it in the township.</summary>
    public const string UrgeCounty = "UrgeCounty";

    /// <summary>Progress report.</summary>
    public const string ReportProgress = "ReportProgress";

    /// <summary>A co-handler reports its part.</summary>
    public const string ReportCoHandling = "ReportCoHandling";

    /// <summary>Complete with a result.</summary>
    public const string Complete = "Complete";

    /// <summary>Ask for an extension.</summary>
    public const string RequestExtension = "RequestExtension";

    /// <summary>Approve or refuse an extension.</summary>
    public const string DecideExtension = "DecideExtension";

    /// <summary>Supervision: deadline warning.</summary>
    public const string Warn = "Warn";

    /// <summary>Supervision: urging notice.</summary>
    public const string Urge = "Urge";

    /// <summary>Supervision: overdue.</summary>
    public const string MarkOverdue = "MarkOverdue";

    /// <summary>Supervision: one rung up the ladder.</summary>
    public const string Escalate = "Escalate";

    /// <summary>Feedback to the reporter.</summary>
    public const string FeedBack = "FeedBack";

    /// <summary>The reporter's reply.</summary>
    public const string RecordFeedback = "RecordFeedback";

    /// <summary>Satisfaction rating.</summary>
    public const string Rate = "Rate";

    /// <summary>Assess: the callback survey (回访) of a closed case: who called, when, whether the reporter was reached and satisfied.</summary>
    public const string RecordCallback = "RecordCallback";

    /// <summary>Assess: a closed case was not called back within the assessment policy's time (fired by a timer).</summary>
    public const string FlagCallbackOverdue = "FlagCallbackOverdue";

    /// <summary>An administrator moved the case to a newer definition version (not a workflow trigger: no command can send it).</summary>
    public const string Migrate = "Migrate";

    /// <summary>
    /// CaseFlow recomputed a provisional deadline on a newly published calendar that declares its year (not a workflow trigger: no
    /// command can send it).
    /// </summary>
    public const string RecomputeDeadline = "RecomputeDeadline";
}
