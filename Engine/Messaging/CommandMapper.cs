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
        SubmitCase m => CaseTriggers.Submit.Command(newCaseId, m.Actor, new SubmitData(
            m.ClientKey, m.Category, m.Title, m.Description, m.Channel, m.Priority,
            m.Reporter is { } r ? new Cases.Reporter(r.Name, r.Phone, r.IdNumber) : null,
            m.Location, m.Village, m.Grid,
            Point: m.Point is { } point ? new Cases.GeoPoint(point.Latitude, point.Longitude, point.Datum) : null)) with { Attachments = m.Attachments },
        RegisterCase m => Move(Triggers.Register, m.CaseId, m.Actor, m.Note),
        TriageCase m => CaseTriggers.Triage.Command(m.CaseId, m.Actor, new TriageData(m.Jurisdiction), m.Note),
        MarkCaseInvalid m => CaseTriggers.MarkInvalid.Command(m.CaseId, m.Actor, new ReasonData(m.Reason)),
        MarkCaseDuplicate m => CaseTriggers.MarkDuplicate.Command(m.CaseId, m.Actor, new MarkDuplicateData(m.DuplicateOf, m.Reason)),
        DispatchCase m => CaseTriggers.Dispatch.Command(m.CaseId, m.Actor, new DispatchData(m.Platform), m.Note),
        EscalateCaseToCounty m => CaseTriggers.EscalateToCounty.Command(m.CaseId, m.Actor, new ReasonData(m.Reason)),
        AssignCase m => CaseTriggers.Assign.Command(m.CaseId, m.Actor, new AssignData(m.LeadOffice, m.CoHandlers), m.Note),
        SignForCase m => Move(Triggers.SignFor, m.CaseId, m.Actor, null),
        ReportProgress m => Move(Triggers.ReportProgress, m.CaseId, m.Actor, m.Note),
        ReportCoHandling m => CaseTriggers.ReportCoHandling.Command(m.CaseId, m.Actor, new ReportCoHandlingData(m.Office), m.Note),
        CompleteCase m => CaseTriggers.Complete.Command(m.CaseId, m.Actor, new ResultData(m.Result)),
        ReturnCase m => CaseTriggers.Return.Command(m.CaseId, m.Actor, new ReasonData(m.Reason)),
        RequestExtension m => CaseTriggers.RequestExtension.Command(m.CaseId, m.Actor, new RequestExtensionData(m.WorkingDays, m.Reason)),
        DecideExtension m => CaseTriggers.DecideExtension.Command(m.CaseId, m.Actor, new DecideExtensionData(m.Approved, m.Reason)),
        UrgeCase m => Move(Triggers.Urge, m.CaseId, m.Actor, m.Note),
        FeedBackToReporter m => CaseTriggers.FeedBack.Command(m.CaseId, m.Actor, new FeedBackData(m.Message)),
        RecordFeedback m => CaseTriggers.RecordFeedback.Command(m.CaseId, m.Actor, new RecordFeedbackData(m.Outcome), m.Comment),
        RateCase m => CaseTriggers.Rate.Command(m.CaseId, m.Actor, new RateData(m.Rating), m.Comment),
        RecordCallback m => CaseTriggers.RecordCallback.Command(m.CaseId, m.Actor, new RecordCallbackData(m.CalledAt == default ? null : m.CalledAt, m.Reached, m.Rating), m.Note),
        CountyCaseAccepted m => CaseTriggers.CountyAccept.Command(m.CaseId, "", new CountyAcceptData(m.CountyCaseNumber, m.Deadline == default ? null : m.Deadline)),
        CountyCaseAssigned m => CaseTriggers.CountyAssign.Command(m.CaseId, "", new CountyAssignData(m.Department)),
        CountyProgressReported m => Move(Triggers.CountyProgress, m.CaseId, "", m.Note),
        CountyCaseUrged m => Move(Triggers.CountyUrge, m.CaseId, "", m.Note),
        CountyCaseResolved m => CaseTriggers.CountyResolve.Command(m.CaseId, "", new ResultData(m.Result)),
        CountyCaseSentBack m => CaseTriggers.CountySendBack.Command(m.CaseId, "", new ReasonData(m.Reason)),
        CaseHandedDown m => HandedDown(m, newCaseId),
        _ => throw new ArgumentException($"{message?.GetType().Name} is not a CaseFlow command", nameof(message)),
    };

    /// <summary>A handed-down case is a submission keyed by the county's case number, so that a resend is the same case.</summary>
    private static CaseCommand HandedDown(CaseHandedDown m, Guid newCaseId) => CaseTriggers.Submit.Command(newCaseId, "", new SubmitData(
        ClientKey: $"{Vocabulary.CountyChannel}:{m.CountyCaseNumber}",
        Category: m.Category,
        Title: m.Title,
        Description: m.Description,
        Channel: Vocabulary.CountyChannel,
        Priority: null,
        Reporter: string.IsNullOrWhiteSpace(m.ReporterName) && m.ReporterPhone is null ? null : new Cases.Reporter(m.ReporterName, m.ReporterPhone, null),
        Location: m.Location,
        Village: null,
        Grid: null,
        CountyCaseNumber: m.CountyCaseNumber,
        CountyDeadline: m.Deadline));

    /// <summary>A command of a trigger that only moves the case, with the note any command may carry.</summary>
    private static CaseCommand Move(string trigger, Guid caseId, string actor, string? note) =>
        new() { Trigger = trigger, CaseId = caseId, Actor = actor, Payload = note is null ? CasePayload.Empty : new CasePayload { Note = note } };
}
