using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Http;

/// <summary>The body of POST /cases/{id}/commands/{trigger}: optionally which of the caller's positions acts, and whichever fields the command needs.</summary>
public sealed record HttpCommand
{
    /// <summary>
    /// Which of the caller's positions sends the command (an organisation id, or written <c>kind:id</c>), like the X-Acting-As header;
    /// needed only when the caller holds several. It never grants a position the caller's token does not carry.
    /// </summary>
    public string? Actor { get; init; }

    /// <summary>Platform id (Dispatch).</summary>
    public string? Platform { get; init; }

    /// <summary>Lead office id (Assign).</summary>
    public string? LeadOffice { get; init; }

    /// <summary>Co-handler office ids (Assign).</summary>
    public IReadOnlyList<string>? CoHandlers { get; init; }

    /// <summary>Co-handling office reporting (ReportCoHandling).</summary>
    public string? Office { get; init; }

    /// <summary>Reason (Return, MarkInvalid, EscalateToCounty, RequestExtension, DecideExtension).</summary>
    public string? Reason { get; init; }

    /// <summary>Note, or the message for the reporter (FeedBack).</summary>
    public string? Note { get; init; }

    /// <summary>Handling result (Complete).</summary>
    public string? Result { get; init; }

    /// <summary>confirmed or disputed (RecordFeedback).</summary>
    public string? Outcome { get; init; }

    /// <summary>Satisfaction rating (Rate, and RecordCallback when the reporter was reached).</summary>
    public string? Rating { get; init; }

    /// <summary>Extension decision (DecideExtension).</summary>
    public bool? Approved { get; init; }

    /// <summary>Extension length (RequestExtension).</summary>
    public int? WorkingDays { get; init; }

    /// <summary>township or county (Triage override).</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>The case this one duplicates (MarkDuplicate).</summary>
    public Guid? DuplicateOf { get; init; }

    /// <summary>The county's case number (CountyAccept).</summary>
    public string? CountyCaseNumber { get; init; }

    /// <summary>The county department (CountyAssign).</summary>
    public string? Department { get; init; }

    /// <summary>The county's deadline (CountyAccept).</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>
    /// When the caller says the call was made (RecordCallback; optional): the service times the call when it records it and keeps this
    /// beside it, refused if later than now, before closing, or earlier than the assessment policy's callbackStatedWithin allows.
    /// </summary>
    public DateTimeOffset? CalledAt { get; init; }

    /// <summary>Whether the call reached the reporter (RecordCallback).</summary>
    public bool? Reached { get; init; }

    /// <summary>
    /// Ids of files the caller uploaded beforehand (POST /attachments), to be recorded with this step: any command may carry them,
    /// and whoever may send the command may attach them.
    /// </summary>
    public IReadOnlyList<string>? Attachments { get; init; }

    /// <summary>The engine command for a trigger on a case, sent by <paramref name="identity"/> acting as <paramref name="actor"/>.</summary>
    public CaseCommand ToCaseCommand(string trigger, Guid caseId, string actor, string identity) => new()
    {
        Trigger = trigger,
        CaseId = caseId,
        Actor = actor,
        Identity = identity,
        Attachments = Attachments,
        Payload = new CasePayload
        {
            Platform = Platform,
            LeadOffice = LeadOffice,
            CoHandlers = CoHandlers,
            Office = Office,
            Reason = Reason,
            Note = Note,
            Result = Result,
            Feedback = Outcome,
            Rating = Rating,
            Approved = Approved,
            WorkingDays = WorkingDays,
            Jurisdiction = Jurisdiction,
            DuplicateOf = DuplicateOf,
            CountyCaseNumber = CountyCaseNumber,
            Department = Department,
            Deadline = Deadline,
            CalledAt = CalledAt,
            Reached = Reached,
        },
    };
}
