using System.Collections.Immutable;

namespace CaseFlow.Engine.Cases;

/// <summary>A case as its history folds to: where it is in the closed loop and what is known about it.</summary>
public sealed record CaseState
{
    /// <summary>The case id.</summary>
    public required Guid Id { get; init; }

    /// <summary>
    /// The case number people read and quote (工单编号): the township's code, the day of receipt and the day's sequence, e.g.
    /// YHWX-20261201-0007; given at submission and never changed. Null for cases received before numbers were given.
    /// </summary>
    public string? Number { get; init; }

    /// <summary>The submitter's idempotency key.</summary>
    public required string ClientKey { get; init; }

    /// <summary>The definition version the case is pinned to.</summary>
    public required int DefinitionVersion { get; init; }

    /// <summary>Number of events in its history.</summary>
    public long Version { get; init; }

    /// <summary>The hash of its latest event: where the next event's chain link attaches.</summary>
    public string LastHash { get; init; } = "";

    /// <summary>The workflow the case is in.</summary>
    public required string Workflow { get; init; }

    /// <summary>The state within that workflow.</summary>
    public required string State { get; init; }

    /// <summary>Supervision state while the case is being handled; null otherwise.</summary>
    public string? Supervision { get; init; }

    /// <summary>True when the case has ended (closed, invalid, duplicate).</summary>
    public bool IsFinal { get; init; }

    /// <summary>Category id.</summary>
    public required string Category { get; init; }

    /// <summary>Summary.</summary>
    public string Title { get; init; } = "";

    /// <summary>Description.</summary>
    public string Description { get; init; } = "";

    /// <summary>Channel it arrived by.</summary>
    public required string Channel { get; init; }

    /// <summary>normal or urgent.</summary>
    public string Priority { get; init; } = "normal";

    /// <summary>Who raised it.</summary>
    public Reporter? Reporter { get; init; }

    /// <summary>Where.</summary>
    public string? Location { get; init; }

    /// <summary>Where, as a point, when one was given.</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>True when the grid and village were placed from the point rather than given with the submission.</summary>
    public bool Placed { get; init; }

    /// <summary>Every attachment its events recorded, oldest first, each with the step that recorded it.</summary>
    public ImmutableList<CaseAttachment> Attachments { get; init; } = [];

    /// <summary>Village id.</summary>
    public string? Village { get; init; }

    /// <summary>Grid id.</summary>
    public string? Grid { get; init; }

    /// <summary>township or county.</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>Platform the case is dispatched to.</summary>
    public string? Platform { get; init; }

    /// <summary>Lead office (主办).</summary>
    public string? LeadOffice { get; init; }

    /// <summary>Co-handlers (协办) and whether each has reported.</summary>
    public ImmutableList<CoHandler> CoHandlers { get; init; } = [];

    /// <summary>The latest handling result.</summary>
    public string? Result { get; init; }

    /// <summary>The reporter's latest reply.</summary>
    public string? Feedback { get; init; }

    /// <summary>Satisfaction rating, once rated.</summary>
    public string? Rating { get; init; }

    /// <summary>Returns (退单) so far.</summary>
    public int Returns { get; init; }

    /// <summary>Times the reporter disputed and the case reopened.</summary>
    public int Reopens { get; init; }

    /// <summary>Approved extensions so far.</summary>
    public int Extensions { get; init; }

    /// <summary>True once escalated to the county 12345 system.</summary>
    public bool EscalatedToCounty { get; init; }

    /// <summary>Where the case stands with the county 12345 system (see <see cref="CountyStatuses"/>); null when the county is not involved.</summary>
    public string? CountyStatus { get; init; }

    /// <summary>The county's case number, once it accepted the case or when it handed the case down.</summary>
    public string? CountyCaseNumber { get; init; }

    /// <summary>The county department handling an escalated case.</summary>
    public string? CountyDepartment { get; init; }

    /// <summary>When the county undertook to resolve the case (or, for a handed-down case, expects the township's result): recorded so that supervision can act on silence past it.</summary>
    public DateTimeOffset? CountyDeadline { get; init; }

    /// <summary>When submitted.</summary>
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>When last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the handling clock started (sign-for), in the current round.</summary>
    public DateTimeOffset? SignedForAt { get; init; }

    /// <summary>When the case last reached its current holder (dispatch to a platform, assignment to an office): returns are timed from it.</summary>
    public DateTimeOffset? RoutedAt { get; init; }

    /// <summary>By when the assigned office must sign for (签收) the case; null once signed for, or when unsupervised.</summary>
    public DateTimeOffset? SignForDeadline { get; init; }

    /// <summary>By when the office must finish handling, counted in working time from sign-for and moved by approved extensions.</summary>
    public DateTimeOffset? HandlingDeadline { get; init; }

    /// <summary>The working calendar version its deadlines were computed on; null when they were computed on its definition's calendar.</summary>
    public int? CalendarVersion { get; init; }

    /// <summary>The years its latest deadline falls in or counts across that its calendar does not declare (see <see cref="IsProvisional"/>).</summary>
    public ImmutableList<int> UndeclaredYears { get; init; } = [];

    /// <summary>
    /// True while the case waits on a deadline counted over a year whose holidays the calendar does not declare: that year's holidays
    /// may still move it, and publishing a calendar that declares the year recomputes it.
    /// </summary>
    public bool IsProvisional => !IsFinal && UndeclaredYears.Count > 0 && (SignForDeadline is not null || HandlingDeadline is not null);

    /// <summary>When the office was last urged (催办) in the current round, to sign for or to finish.</summary>
    public DateTimeOffset? LastUrgedAt { get; init; }

    /// <summary>
    /// Rungs the case has climbed up the escalation ladder in the current handling round or, before it is signed for, by its current
    /// assignment: a new assignment and the signing each start the ladder again.
    /// </summary>
    public int Escalations { get; init; }

    /// <summary>Working days asked for in the extension request awaiting a decision.</summary>
    public int? RequestedExtensionDays { get; init; }

    /// <summary>Working days added by approved extensions so far.</summary>
    public int ExtensionDays { get; init; }

    /// <summary>Times the township urged the county about this case since the county's deadline passed.</summary>
    public int CountyUrges { get; init; }

    /// <summary>When closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Callback calls (回访) recorded since the case closed, reached or not.</summary>
    public int Callbacks { get; init; }

    /// <summary>
    /// When the first callback that reached the reporter was recorded, the time it counts at; null until one has. (A callback recorded
    /// before the service timed callbacks keeps the time its caller gave.)
    /// </summary>
    public DateTimeOffset? CalledBackAt { get; init; }

    /// <summary>When that callback's caller said the call was made, when they said; never later than <see cref="CalledBackAt"/>.</summary>
    public DateTimeOffset? CalledBackStatedAt { get; init; }

    /// <summary>Who made that callback.</summary>
    public string? CalledBackBy { get; init; }

    /// <summary>The reporter's satisfaction as told on that callback, when asked.</summary>
    public string? CallbackRating { get; init; }

    /// <summary>True once the case was flagged for not being called back within the assessment policy's time.</summary>
    public bool CallbackOverdue { get; init; }

    /// <summary>Co-handlers that have not reported yet.</summary>
    public int PendingCoHandlers => CoHandlers.Count(c => !c.Reported);

    /// <summary>workflow.state.</summary>
    public string Position => $"{Workflow}.{State}";
}

/// <summary>A co-handling office (协办) and whether it has reported its part.</summary>
/// <param name="Office">Office id.</param>
/// <param name="Reported">True once it reported.</param>
public sealed record CoHandler(string Office, bool Reported);

/// <summary>An attachment on a case and the step that recorded it.</summary>
/// <param name="Attachment">The attachment as its event records it.</param>
/// <param name="Trigger">The trigger (or Submit) of that event.</param>
/// <param name="Sequence">That event's position in the case's history.</param>
/// <param name="At">When that event was recorded.</param>
public sealed record CaseAttachment(AttachmentRecord Attachment, string Trigger, long Sequence, DateTimeOffset At);
