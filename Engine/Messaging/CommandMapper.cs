using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Messaging;

/// <summary>
/// Maps inbound contracts (the township's commands and the county 12345 system's messages) to the engine's trigger vocabulary.
/// The actor is the one the message's body claims (its <c>Actor</c>; none for the county's messages, which have no such field): the
/// transport decides, from who sent it, the position it really acts in (see <see cref="BusSenders"/>).
/// </summary>
public static class CommandMapper
{
    /// <summary>Every contract the engine consumes as a command: the township's commands and the county's messages.</summary>
    public static IReadOnlyList<Type> CommandTypes { get; } =
    [
        typeof(SubmitCase), typeof(RegisterCase), typeof(TriageCase), typeof(MarkCaseInvalid), typeof(MarkCaseDuplicate),
        typeof(DispatchCase), typeof(EscalateCaseToCounty), typeof(AssignCase), typeof(SignForCase), typeof(ReportProgress),
        typeof(ReportCoHandling), typeof(CompleteCase), typeof(ReturnCase), typeof(RequestExtension), typeof(DecideExtension),
        typeof(UrgeCase), typeof(FeedBackToReporter), typeof(RecordFeedback), typeof(RateCase), typeof(RecordCallback),
        typeof(CountyCaseAccepted), typeof(CountyCaseAssigned), typeof(CountyProgressReported), typeof(CountyCaseUrged),
        typeof(CountyCaseResolved), typeof(CountyCaseSentBack), typeof(CaseHandedDown),
    ];

    /// <summary>The county 12345 system's contracts: they act in the sender's county position, and say nothing of who sends them.</summary>
    public static IReadOnlyList<Type> CountyTypes { get; } =
    [
        typeof(CountyCaseAccepted), typeof(CountyCaseAssigned), typeof(CountyProgressReported), typeof(CountyCaseUrged),
        typeof(CountyCaseResolved), typeof(CountyCaseSentBack), typeof(CaseHandedDown),
    ];

    /// <summary>
    /// The engine command for a contract, with the actor its body claims (empty for a county message); a submission gets
    /// <paramref name="newCaseId"/>.
    /// </summary>
    public static CaseCommand ToCaseCommand(object message, Guid newCaseId)
    {
        var command = Map(message, newCaseId);

        // A contract's actor is never null in C#, but the wire can carry "actor": null: it claims no position, as "" does.
        return command.Actor is null ? command with { Actor = "" } : command;
    }

    private static CaseCommand Map(object message, Guid newCaseId) => message switch
    {
        SubmitCase m => new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = newCaseId,
            Actor = m.Actor,
            Payload = new CasePayload
            {
                ClientKey = m.ClientKey,
                Category = m.Category,
                Title = m.Title,
                Description = m.Description,
                Channel = m.Channel,
                Priority = m.Priority,
                Reporter = m.Reporter is { } r ? new Cases.Reporter(r.Name, r.Phone, r.IdNumber) : null,
                Location = m.Location,
                Village = m.Village,
                Grid = m.Grid,
            },
        },
        RegisterCase m => Make(Triggers.Register, m.CaseId, m.Actor, new CasePayload { Note = m.Note }),
        TriageCase m => Make(Triggers.Triage, m.CaseId, m.Actor, new CasePayload { Jurisdiction = m.Jurisdiction, Note = m.Note }),
        MarkCaseInvalid m => Make(Triggers.MarkInvalid, m.CaseId, m.Actor, new CasePayload { Reason = m.Reason }),
        MarkCaseDuplicate m => Make(Triggers.MarkDuplicate, m.CaseId, m.Actor, new CasePayload { DuplicateOf = m.DuplicateOf, Reason = m.Reason }),
        DispatchCase m => Make(Triggers.Dispatch, m.CaseId, m.Actor, new CasePayload { Platform = m.Platform, Note = m.Note }),
        EscalateCaseToCounty m => Make(Triggers.EscalateToCounty, m.CaseId, m.Actor, new CasePayload { Reason = m.Reason }),
        AssignCase m => Make(Triggers.Assign, m.CaseId, m.Actor, new CasePayload { LeadOffice = m.LeadOffice, CoHandlers = m.CoHandlers, Note = m.Note }),
        SignForCase m => Make(Triggers.SignFor, m.CaseId, m.Actor, CasePayload.Empty),
        ReportProgress m => Make(Triggers.ReportProgress, m.CaseId, m.Actor, new CasePayload { Note = m.Note }),
        ReportCoHandling m => Make(Triggers.ReportCoHandling, m.CaseId, m.Actor, new CasePayload { Office = m.Office, Note = m.Note }),
        CompleteCase m => Make(Triggers.Complete, m.CaseId, m.Actor, new CasePayload { Result = m.Result }),
        ReturnCase m => Make(Triggers.Return, m.CaseId, m.Actor, new CasePayload { Reason = m.Reason }),
        RequestExtension m => Make(Triggers.RequestExtension, m.CaseId, m.Actor, new CasePayload { WorkingDays = m.WorkingDays, Reason = m.Reason }),
        DecideExtension m => Make(Triggers.DecideExtension, m.CaseId, m.Actor, new CasePayload { Approved = m.Approved, Reason = m.Reason }),
        UrgeCase m => Make(Triggers.Urge, m.CaseId, m.Actor, new CasePayload { Note = m.Note }),
        FeedBackToReporter m => Make(Triggers.FeedBack, m.CaseId, m.Actor, new CasePayload { Note = m.Message }),
        RecordFeedback m => Make(Triggers.RecordFeedback, m.CaseId, m.Actor, new CasePayload { Feedback = m.Outcome, Note = m.Comment }),
        RateCase m => Make(Triggers.Rate, m.CaseId, m.Actor, new CasePayload { Rating = m.Rating, Note = m.Comment }),
        RecordCallback m => Make(Triggers.RecordCallback, m.CaseId, m.Actor, new CasePayload
        {
            CalledAt = m.CalledAt == default ? null : m.CalledAt,
            Reached = m.Reached,
            Rating = m.Rating,
            Note = m.Note,
        }),
        CountyCaseAccepted m => Make(Triggers.CountyAccept, m.CaseId, "", new CasePayload
        {
            CountyCaseNumber = m.CountyCaseNumber,
            Deadline = m.Deadline == default ? null : m.Deadline,
        }),
        CountyCaseAssigned m => Make(Triggers.CountyAssign, m.CaseId, "", new CasePayload { Department = m.Department }),
        CountyProgressReported m => Make(Triggers.CountyProgress, m.CaseId, "", new CasePayload { Note = m.Note }),
        CountyCaseUrged m => Make(Triggers.CountyUrge, m.CaseId, "", new CasePayload { Note = m.Note }),
        CountyCaseResolved m => Make(Triggers.CountyResolve, m.CaseId, "", new CasePayload { Result = m.Result }),
        CountyCaseSentBack m => Make(Triggers.CountySendBack, m.CaseId, "", new CasePayload { Reason = m.Reason }),
        CaseHandedDown m => HandedDown(m, newCaseId),
        _ => throw new ArgumentException($"{message?.GetType().Name} is not a CaseFlow command", nameof(message)),
    };

    /// <summary>A handed-down case is a submission keyed by the county's case number, so that a resend is the same case.</summary>
    private static CaseCommand HandedDown(CaseHandedDown m, Guid newCaseId) => new()
    {
        Trigger = Triggers.Submit,
        CaseId = newCaseId,
        Actor = "",
        Payload = new CasePayload
        {
            ClientKey = $"{Vocabulary.CountyChannel}:{m.CountyCaseNumber}",
            Category = m.Category,
            Title = m.Title,
            Description = m.Description,
            Channel = Vocabulary.CountyChannel,
            Reporter = string.IsNullOrWhiteSpace(m.ReporterName) && m.ReporterPhone is null ? null : new Cases.Reporter(m.ReporterName, m.ReporterPhone, null),
            Location = m.Location,
            CountyCaseNumber = m.CountyCaseNumber,
            Deadline = m.Deadline,
        },
    };

    private static CaseCommand Make(string trigger, Guid caseId, string actor, CasePayload payload) =>
        new() { Trigger = trigger, CaseId = caseId, Actor = actor, Payload = payload };
}
