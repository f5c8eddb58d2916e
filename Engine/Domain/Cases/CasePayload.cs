namespace CaseFlow.Engine.Cases;

/// <summary>
/// The stored form of the data a command carries and its event records: one flat envelope, so that every event serialises as earlier
/// engines wrote it (the hash chain covers those bytes) and old histories replay unchanged. Code reads and writes a trigger's data
/// through its unit's typed record (<see cref="CaseTriggers"/>); the note, the timer that fired and the calendar a deadline was
/// computed on belong to no one trigger and are read here directly.
/// </summary>
public sealed record CasePayload
{
    /// <summary>An empty payload.</summary>
    public static CasePayload Empty { get; } = new();

    /// <summary>Submission key (submissions only).</summary>
    public string? ClientKey { get; init; }

    /// <summary>
    /// The case number (工单编号) the service gave the case when it recorded its submission (submissions only; see
    /// <see cref="CaseNumbers"/>); absent on submissions recorded before numbers were given and where the township declares no code.
    /// </summary>
    public string? Number { get; init; }

    /// <summary>Category id.</summary>
    public string? Category { get; init; }

    /// <summary>One-line summary.</summary>
    public string? Title { get; init; }

    /// <summary>What was reported.</summary>
    public string? Description { get; init; }

    /// <summary>How the case arrived.</summary>
    public string? Channel { get; init; }

    /// <summary>normal or urgent.</summary>
    public string? Priority { get; init; }

    /// <summary>Who raised it.</summary>
    public Reporter? Reporter { get; init; }

    /// <summary>Where.</summary>
    public string? Location { get; init; }

    /// <summary>Where, as a point (submission).</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>True when the submission's grid and village were placed from its point, not given (submission; absent otherwise).</summary>
    public bool? Placed { get; init; }

    /// <summary>Attachments (photos, documents) the command records; any command may carry them.</summary>
    public IReadOnlyList<AttachmentRecord>? Attachments { get; init; }

    /// <summary>Village id.</summary>
    public string? Village { get; init; }

    /// <summary>Grid id.</summary>
    public string? Grid { get; init; }

    /// <summary>township or county (triage override).</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Platform id (dispatch).</summary>
    public string? Platform { get; init; }

    /// <summary>Lead office id (assignment).</summary>
    public string? LeadOffice { get; init; }

    /// <summary>Co-handling office ids (assignment).</summary>
    public IReadOnlyList<string>? CoHandlers { get; init; }

    /// <summary>An office acting (co-handler report).</summary>
    public string? Office { get; init; }

    /// <summary>Why (returns, invalid, escalation, extensions).</summary>
    public string? Reason { get; init; }

    /// <summary>A free note or message.</summary>
    public string? Note { get; init; }

    /// <summary>Handling result.</summary>
    public string? Result { get; init; }

    /// <summary>Reporter's reply: confirmed or disputed.</summary>
    public string? Feedback { get; init; }

    /// <summary>Satisfaction rating.</summary>
    public string? Rating { get; init; }

    /// <summary>Extension decision.</summary>
    public bool? Approved { get; init; }

    /// <summary>Extension length.</summary>
    public int? WorkingDays { get; init; }

    /// <summary>The case this one duplicates.</summary>
    public Guid? DuplicateOf { get; init; }

    /// <summary>The county 12345 system's case number (county acceptance, hand-down).</summary>
    public string? CountyCaseNumber { get; init; }

    /// <summary>The county department handling an escalated case.</summary>
    public string? Department { get; init; }

    /// <summary>
    /// The deadline the event sets: the county's (county acceptance, hand-down), the sign-for deadline (assignment), the handling
    /// deadline (sign-for) or the extended one (an approved extension). CaseFlow computes all but the county's on its calendar.
    /// </summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The version of the working calendar <see cref="Deadline"/> was computed on; null on events recorded before calendars were published on their own.</summary>
    public int? CalendarVersion { get; init; }

    /// <summary>
    /// The years <see cref="Deadline"/> falls in or counts across whose holidays that calendar does not declare: while any remain the
    /// deadline is provisional, and publishing a calendar that declares them recomputes it. Null when there are none.
    /// </summary>
    public IReadOnlyList<int>? UndeclaredYears { get; init; }

    /// <summary>The kind of timer that fired (supervision steps the timer pump takes; see <see cref="Supervision.TimerKinds"/>).</summary>
    public string? Timer { get; init; }

    /// <summary>When the timer that fired was due.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>
    /// When a callback call (回访) was made, as its caller states it: on a command, the time the caller gives (recorded as
    /// <see cref="StatedCalledAt"/>); on an event recorded before the service timed callbacks, the call's time as then taken.
    /// </summary>
    public DateTimeOffset? CalledAt { get; init; }

    /// <summary>When the caller says the callback call was made, kept beside the event's own time, the time the call is counted at.</summary>
    public DateTimeOffset? StatedCalledAt { get; init; }

    /// <summary>Whether the callback reached the reporter.</summary>
    public bool? Reached { get; init; }

    /// <summary>The definition version a migrated case left.</summary>
    public int? FromVersion { get; init; }

    /// <summary>The definition version a migrated case moved to.</summary>
    public int? ToVersion { get; init; }

    /// <summary>How a migration mapped the case's states: its position and supervision state, old workflow.state to new.</summary>
    public IReadOnlyDictionary<string, string>? StateMapping { get; init; }
}

/// <summary>The person who raised a case; phone and ID numbers are personal data.</summary>
/// <param name="Name">Name.</param>
/// <param name="Phone">Phone number.</param>
/// <param name="IdNumber">ID card number.</param>
public sealed record Reporter(string Name, string? Phone, string? IdNumber);
