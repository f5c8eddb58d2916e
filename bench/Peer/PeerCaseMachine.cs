using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using MassTransit;

namespace CaseFlow.Bench.Peer;

/// <summary>
/// The peer: the same in-scope loop written as a .NET team would without CaseFlow — a MassTransit saga state machine correlated by
/// case id, consuming CaseFlow's own command contracts, answering each request accepted or rejected and publishing the same events
/// (CaseStateChanged on every step, plus CaseReceived, CaseDispatched, CaseAssigned, HandlingClockStarted, CaseResultReported,
/// ReporterNotified, CaseClosed). What it does not do is what CaseFlow is for: no declared definition, no per-field validation,
/// no history (one row, overwritten), no hash chain, no replay or audit, no supervision or county branches.
/// </summary>
public sealed class PeerCaseMachine : MassTransitStateMachine<PeerCase>
{
    private const string CommandRoom = "command-room";

    public PeerCaseMachine(PeerRouting routing, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(routing);
        ArgumentNullException.ThrowIfNull(time);
        InstanceState(x => x.CurrentState);
        Event(() => Submit, e => e.CorrelateById(c => PeerRouting.CaseId(c.Message.ClientKey)));
        ById(() => Register, m => m.CaseId);
        ById(() => Triage, m => m.CaseId);
        ById(() => Dispatch, m => m.CaseId);
        ById(() => Assign, m => m.CaseId);
        ById(() => SignFor, m => m.CaseId);
        ById(() => ReportProgress, m => m.CaseId);
        ById(() => Complete, m => m.CaseId);
        ById(() => FeedBack, m => m.CaseId);
        ById(() => RecordFeedback, m => m.CaseId);
        ById(() => Rate, m => m.CaseId);

        Initially(
            When(Submit)
                .Then(c =>
                {
                    c.Saga.ClientKey = c.Message.ClientKey;
                    c.Saga.Category = c.Message.Category;
                    c.Saga.Channel = c.Message.Channel;
                    c.Saga.Title = c.Message.Title;
                    c.Saga.Description = c.Message.Description;
                    c.Saga.Location = c.Message.Location;
                    c.Saga.SubmittedAt = time.GetUtcNow();
                })
                .Step(time, "Submit", Submitted, c => c.Message.Actor)
                .Publish(c => new CaseReceived { CaseId = c.Saga.CorrelationId, ClientKey = c.Saga.ClientKey, Category = c.Saga.Category, Channel = c.Saga.Channel, At = c.Saga.SubmittedAt }));
        DuringAny(When(Submit).Respond(c => Accepted(c.Saga, "Submit")));

        During(Submitted, When(Register).Step(time, "Register", Registered, c => c.Message.Actor));
        During(Registered, When(Triage, c => routing.InScope(c.Saga.Category)).Step(time, "Triage", AwaitingDispatch, c => c.Message.Actor));
        During(AwaitingDispatch,
            When(Dispatch)
                .Then(c => c.Saga.Platform = c.Message.Platform ?? routing.Platform(c.Saga.Category))
                .Step(time, "Dispatch", AssignedToPlatform, c => c.Message.Actor)
                .Publish(c => new CaseDispatched { CaseId = c.Saga.CorrelationId, Platform = c.Saga.Platform!, Coordinator = routing.Coordinator(c.Saga.Category), Category = c.Saga.Category }));
        During(AssignedToPlatform,
            When(Assign)
                .Then(c => c.Saga.LeadOffice = c.Message.LeadOffice ?? routing.LeadOffice(c.Saga.Category))
                .Step(time, "Assign", AssignedToOffice, c => c.Message.Actor)
                .Publish(c => new CaseAssigned { CaseId = c.Saga.CorrelationId, Platform = c.Saga.Platform!, LeadOffice = c.Saga.LeadOffice! }));
        During(AssignedToOffice,
            When(SignFor)
                .Then(c => c.Saga.SignedForAt = time.GetUtcNow())
                .Step(time, "SignFor", SignedFor, c => c.Message.Actor)
                .Publish(c => new HandlingClockStarted { CaseId = c.Saga.CorrelationId, Office = c.Message.Actor, StartedAt = c.Saga.SignedForAt!.Value }));
        During(SignedFor, InProgress, When(ReportProgress).Step(time, "ReportProgress", InProgress, c => c.Message.Actor));
        During(SignedFor, InProgress,
            When(Complete)
                .Then(c => c.Saga.Result = c.Message.Result)
                .Step(time, "Complete", ResultReported, c => c.Message.Actor)
                .Publish(c => new CaseResultReported { CaseId = c.Saga.CorrelationId, Result = c.Message.Result, ReportedBy = c.Message.Actor }));
        During(ResultReported,
            When(FeedBack)
                .Step(time, "FeedBack", FedBack, c => c.Message.Actor)
                .Publish(c => new ReporterNotified { CaseId = c.Saga.CorrelationId, Reporter = "", Message = c.Message.Message }));
        During(FedBack,
            When(RecordFeedback, c => c.Message.Outcome == "confirmed")
                .Then(c => c.Saga.Feedback = c.Message.Outcome)
                .Step(time, "RecordFeedback", AwaitingRating, c => c.Message.Actor),
            When(RecordFeedback, c => c.Message.Outcome == "disputed")
                .Then(c => c.Saga.Feedback = c.Message.Outcome)
                .Step(time, "RecordFeedback", AwaitingDispatch, c => c.Message.Actor));
        During(AwaitingRating,
            When(Rate)
                .Then(c =>
                {
                    c.Saga.Rating = c.Message.Rating;
                    c.Saga.ClosedAt = time.GetUtcNow();
                })
                .Step(time, "Rate", Closed, c => c.Message.Actor)
                .Publish(c => new CaseClosed { CaseId = c.Saga.CorrelationId, Rating = c.Saga.Rating!, ClosedAt = c.Saga.ClosedAt!.Value }));

        OnUnhandledEvent(c => c.RespondAsync(new CaseCommandRejected
        {
            CaseId = c.Saga.CorrelationId,
            Command = c.Event.Name,
            Reason = $"'{c.Event.Name}' cannot be applied in {c.Saga.CurrentState}",
        }));
    }

    public State Submitted { get; private set; } = null!;

    public State Registered { get; private set; } = null!;

    public State AwaitingDispatch { get; private set; } = null!;

    public State AssignedToPlatform { get; private set; } = null!;

    public State AssignedToOffice { get; private set; } = null!;

    public State SignedFor { get; private set; } = null!;

    public State InProgress { get; private set; } = null!;

    public State ResultReported { get; private set; } = null!;

    public State FedBack { get; private set; } = null!;

    public State AwaitingRating { get; private set; } = null!;

    public State Closed { get; private set; } = null!;

    public Event<SubmitCase> Submit { get; private set; } = null!;

    public Event<RegisterCase> Register { get; private set; } = null!;

    public Event<TriageCase> Triage { get; private set; } = null!;

    public Event<DispatchCase> Dispatch { get; private set; } = null!;

    public Event<AssignCase> Assign { get; private set; } = null!;

    public Event<SignForCase> SignFor { get; private set; } = null!;

    public Event<ReportProgress> ReportProgress { get; private set; } = null!;

    public Event<CompleteCase> Complete { get; private set; } = null!;

    public Event<FeedBackToReporter> FeedBack { get; private set; } = null!;

    public Event<RecordFeedback> RecordFeedback { get; private set; } = null!;

    public Event<RateCase> Rate { get; private set; } = null!;

    internal static CaseCommandAccepted Accepted(PeerCase saga, string command) =>
        new() { CaseId = saga.CorrelationId, Command = command, Version = saga.Steps, State = saga.CurrentState };

    /// <summary>Every command but the submission names its case; a command for no case is answered with a refusal.</summary>
    private void ById<T>(System.Linq.Expressions.Expression<Func<Event<T>>> property, Func<T, Guid> caseId)
        where T : class =>
        Event(property, e =>
        {
            e.CorrelateById(c => caseId(c.Message));
            e.OnMissingInstance(m => m.ExecuteAsync(c => c.RespondAsync(new CaseCommandRejected
            {
                CaseId = caseId(c.Message),
                Command = typeof(T).Name,
                Reason = $"there is no case {caseId(c.Message)}",
            })));
        });
}
