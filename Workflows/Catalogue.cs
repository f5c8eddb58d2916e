namespace CaseFlow.Workflows;

/// <summary>The fixed vocabulary a definition may use: case fields for guards, and the effects and triggers the engine implements.</summary>
public static class Catalogue
{
    /// <summary>Case fields a guard may compare, with their value kinds.</summary>
    public static IReadOnlyDictionary<string, FieldKind> Fields { get; } = new Dictionary<string, FieldKind>(StringComparer.Ordinal)
    {
        ["jurisdiction"] = FieldKind.Text,
        ["category"] = FieldKind.Text,
        ["platform"] = FieldKind.Text,
        ["priority"] = FieldKind.Text,
        ["channel"] = FieldKind.Text,
        ["coHandlers"] = FieldKind.Number,
        ["pendingCoHandlers"] = FieldKind.Number,
        ["platformsInvolved"] = FieldKind.Number,
        ["returns"] = FieldKind.Number,
        ["reopens"] = FieldKind.Number,
        ["extensions"] = FieldKind.Number,
        ["escalations"] = FieldKind.Number,
        ["feedback"] = FieldKind.Text,
        ["rating"] = FieldKind.Text,
        ["extensionApproved"] = FieldKind.Flag,
        ["calledBack"] = FieldKind.Flag,
        ["callbackOverdue"] = FieldKind.Flag,
    };

    /// <summary>Effects the engine performs, each with what it does.</summary>
    public static IReadOnlyDictionary<string, string> Effects { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["notify.platform"] = "tell the platform (and its coordinating leader) that a case was dispatched to it",
        ["notify.office"] = "tell the lead office and any co-handlers that the case is theirs",
        ["joint.start"] = "start joint handling: tell the coordinating leader (the main leader when several platforms are involved)",
        ["clock.start"] = "start the handling clock when the office signs for the case",
        ["notify.commandRoom"] = "report the handling result to the command room",
        ["notify.reporter"] = "tell the person who reported the case what became of it",
        ["case.returned"] = "record a return (退单) and send the case back to the command room for re-dispatch",
        ["case.reopened"] = "reopen a disputed case for another round of dispatch",
        ["case.closed"] = "close the case with its satisfaction rating",
        ["county.escalate"] = "escalate an out-of-scope case to the county 12345 system",
        ["county.sentBack"] = "record the county 12345 system's send-back of a case as within the township's remit (not a return, 退单) and hand it to the command room for dispatch",
        ["county.urged"] = "pass the county's urging notice (督办) on an escalated case to the command room",
        ["extension.requested"] = "ask the platform leader to approve an extension (延期)",
        ["extension.decided"] = "tell the office (and, when approved, the reporter) the extension decision",
        ["supervision.warn"] = "warn the office that the deadline is near",
        ["supervision.urge"] = "send an urging notice (催办) to the office",
        ["supervision.overdue"] = "mark the case overdue and tell the office and the command room",
        ["supervision.escalate"] = "escalate the case one rung up the ladder",
        ["supervision.signForOverdue"] = "urge the office to sign for (签收) a case whose sign-for deadline has passed",
        ["supervision.signForEscalate"] = "climb one rung of the escalation ladder for an assignment not signed for (签收) past its sign-for deadline, telling the leader on the rung",
        ["supervision.countySilence"] = "escalate in the township a county case whose deadline has passed without a result, one rung per urging",
        ["county.urge"] = "urge the county 12345 system (催办) about an escalated case past the county's deadline",
        ["callback.recorded"] = "record the callback survey (回访) of a closed case: who called, when, whether the reporter was reached and satisfied",
        ["callback.overdue"] = "flag a closed case that was not called back within the assessment policy's time, and tell the command room",
    };

    /// <summary>
    /// Triggers the engine gives meaning to, each with the data it carries and what it records on the case. A definition may declare
    /// any other trigger, which only moves the case; Submit, Migrate and RecomputeDeadline are recorded by the engine itself and no
    /// transition may declare them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Triggers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Submit"] = "create a case from what was reported (and, handed down by the county, its case number and deadline)",
        ["Triage"] = "decide the jurisdiction (township or county), or follow the category's",
        ["MarkInvalid"] = "set the case aside as not a government matter, saying why",
        ["MarkDuplicate"] = "set the case aside as a repeat of an earlier case it names",
        ["Dispatch"] = "dispatch the case to a platform (the category's unless named)",
        ["EscalateToCounty"] = "send the case to the county 12345 system, saying why",
        ["Assign"] = "route the case to a lead office (主办) and any co-handlers (协办), with its sign-for deadline",
        ["Return"] = "return the case (退单), saying why",
        ["ReportCoHandling"] = "a co-handling office reports its own part",
        ["Complete"] = "complete the handling with its result",
        ["RequestExtension"] = "ask for more working days (延期), saying why",
        ["DecideExtension"] = "approve or refuse the requested extension; approved, the handling deadline moves on",
        ["CountyAccept"] = "the county accepted the case under its case number and deadline",
        ["CountyAssign"] = "the county assigned the case to one of its departments",
        ["CountyResolve"] = "the county resolved the case with its result",
        ["CountySendBack"] = "the county sent the case back as within the township's remit, saying why",
        ["FeedBack"] = "send the reporter a message about the case",
        ["RecordFeedback"] = "record the reporter's reply: confirmed or disputed",
        ["Rate"] = "record the reporter's satisfaction rating",
        ["RecordCallback"] = "record the callback call (回访): when, whether it reached the reporter, and their rating",
        ["Migrate"] = "move the case to a newer definition version (an administrator's migration)",
        ["RecomputeDeadline"] = "count a provisional deadline again on a newly published calendar that declares its year",
    };

    /// <summary>
    /// The indicators the territorial assessment (属地考评) may weight: each a rate between 0 and 1 over a dispatched agency's cases.
    /// </summary>
    public static IReadOnlyList<string> WeightedIndicators { get; } =
        ["responseRate", "onTimeRate", "resolutionRate", "satisfactionRate", "callbackRate"];

    /// <summary>Comparison operators a guard may use.</summary>
    public static IReadOnlySet<string> Operators { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "eq", "ne", "gt", "ge", "lt", "le", "in",
    };

    /// <summary>
    /// The effects that climb one rung of the escalation ladder: a timer measured up the ladder (<c>"after": "escalation"</c>) must
    /// fire a transition recording one of them, or its case would never leave its rung.
    /// </summary>
    public static IReadOnlySet<string> LadderEffects { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "supervision.escalate", "supervision.signForEscalate",
    };

    /// <summary>Rungs the escalation ladder may name, lowest first.</summary>
    public static IReadOnlyList<string> LadderRungs { get; } = ["office", "platformCoordinator", "deputySecretary", "mainLeader"];

    /// <summary>Days a calendar's working week may name, with the weekday each means.</summary>
    public static IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; } = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>
    /// Roles a transition's <c>by</c> (and the definition's <c>submittedBy</c>) may name, each with whom it admits. Roles that say
    /// "this case's" are checked against the case the command is for.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Roles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["commandRoom"] = "the command room (综合指挥室)",
        ["platformCoordinator"] = "the leader who coordinates this case's platform (平台分管领导)",
        ["leader"] = "any township leader",
        ["leadOffice"] = "this case's lead office (主办)",
        ["coHandler"] = "one of this case's co-handling offices (协办)",
        ["gridMember"] = "the grid member of this case's grid (网格员)",
        ["county"] = "the county 12345 system (云和12345)",
        ["intakeSystem"] = "a township system that submits cases (平安通, 食安通, the hotline …)",
        ["reporter"] = "the person who reported this case, through the link issued to them",
        ["system"] = "CaseFlow's own timer pump (supervision steps, never a caller)",
    };

    /// <summary>
    /// Roles that exist only relative to a case already under way (its platform's coordinator, its offices, its reporter, the timer
    /// pump that supervises it): they may fire transitions but never submit a new case.
    /// </summary>
    public static IReadOnlySet<string> CaseBoundRoles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "platformCoordinator", "leadOffice", "coHandler", "reporter", "system",
    };

    /// <summary>Roles an external system may hold in the organisation.</summary>
    public static IReadOnlySet<string> SystemRoles { get; } = new HashSet<string>(StringComparer.Ordinal) { "county", "intake" };

    /// <summary>
    /// The case fields that may hold personal data (sealed at rest under the case's own key, masked on every read path): the
    /// reporter's name, phone and ID number always; the free-text fields when a definition's <c>personalData</c> names them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PersonalFields { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["reporter.name"] = "the reporter's name (always personal)",
        ["reporter.phone"] = "the reporter's phone number (always personal)",
        ["reporter.idNumber"] = "the reporter's ID card number (always personal)",
        ["title"] = "the case's one-line summary",
        ["description"] = "what was reported",
        ["location"] = "where",
        ["note"] = "a note or message recorded with a step",
        ["result"] = "the handling result",
        ["reason"] = "the reason given for a step (return, extension, escalation …)",
    };

    /// <summary>The personal fields that are personal whatever a definition says.</summary>
    public static IReadOnlySet<string> AlwaysPersonal { get; } = new HashSet<string>(StringComparer.Ordinal) { "reporter.name", "reporter.phone", "reporter.idNumber" };

    /// <summary>Roles a leader may hold.</summary>
    public static IReadOnlySet<string> LeaderRoles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "mainLeader", "deputySecretary", "coordinator",
    };

    /// <summary>The instants of a case a supervision timer may be measured from (see <see cref="Model.SupervisionTimer"/>).</summary>
    public static IReadOnlyDictionary<string, string> TimerClocks { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["signedFor"] = "when the lead office signed for the case (签收)",
        ["handlingDeadline"] = "the handling deadline",
        ["warning"] = "the warning point: the policy's warnAt share of the working time from sign-for to the handling deadline",
        ["signForDeadline"] = "the sign-for deadline",
        ["countyDeadline"] = "the deadline the county 12345 system gave",
        ["closed"] = "when the case was closed",
        ["lastUrged"] = "the latest urging (催办) of this handling round",
    };

    /// <summary>The spans of the supervision and assessment policies a timer may add.</summary>
    public static IReadOnlyDictionary<string, string> TimerSpans { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["urgeEvery"] = "supervision.urgeEvery",
        ["countySilence.urgeEvery"] = "supervision.countySilence.urgeEvery",
        ["callbackWithin"] = "assessment.callbackWithin",
        ["escalation"] = "supervision.escalation: the ladder's steps up to the next rung (none once the top is reached)",
    };

    /// <summary>The counters of a case a repeating timer may count its repetitions by.</summary>
    public static IReadOnlyDictionary<string, string> TimerCounters { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["countyUrges"] = "how often the county has been urged",
    };

    /// <summary>The numbers of the policy a counter may be bounded by, with the counter each bounds.</summary>
    public static IReadOnlyDictionary<string, string> TimerLimits { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["countySilence.maxUrges"] = "countyUrges",
    };
}

/// <summary>The kind of value a case field holds.</summary>
public enum FieldKind
{
    /// <summary>Text compared ordinally.</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Flag,
}
