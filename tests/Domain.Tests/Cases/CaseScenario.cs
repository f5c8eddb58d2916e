using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Domain.Tests.Cases;

/// <summary>Drives one case through the pure decide/apply functions over the real definition, a minute per step.</summary>
internal sealed class CaseScenario
{
    public const int DefinitionVersion = 3;

    private static readonly DateTimeOffset SubmittedAt = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly List<CaseEvent> _history = [];
    private readonly FakeTimeProvider _time;

    private CaseScenario(CaseState state, CaseEvent submitted)
    {
        State = state;
        _time = new FakeTimeProvider(submitted.At);
        _history.Add(submitted);
    }

    public static CompiledDefinition Definition => WorkflowsFile.Definition;

    public CaseState State { get; private set; }

    public IReadOnlyList<CaseEvent> History => _history;

    /// <summary>A hotline submission with every required field, for the category given.</summary>
    public static CasePayload Submission(string category) => new()
    {
        ClientKey = $"hotline-{Guid.NewGuid():N}",
        Category = category,
        Title = "Reported on the hotline",
        Description = "A resident describes the problem and where it is.",
        Channel = "hotline",
        Reporter = new Reporter("蓝女士", "13800000000", null),
        Location = "雾溪村口",
        Village = "village-1",
        Grid = "grid-1",
    };

    /// <summary>A case just submitted (receive.Submitted), on Monday 3 March 2025 at 09:00 in the township unless <paramref name="at"/> says when.</summary>
    public static CaseScenario Submitted(string category = "neighbour-dispute", DateTimeOffset? at = null)
    {
        var command = new CaseCommand { Trigger = Triggers.Submit, CaseId = Guid.NewGuid(), Actor = "command-room", Payload = Submission(category) };
        var decision = CaseDecider.Submit(command, Definition, DefinitionVersion, at ?? SubmittedAt);
        Assert.That(decision.Rejection, Is.Null, "the scenario's submission should be accepted");
        return new CaseScenario(CaseEvolver.Apply(null, decision.Events[0], Definition), decision.Events[0]);
    }

    /// <summary>Registered and triaged in scope (dispatch.AwaitingDispatch).</summary>
    public static CaseScenario AwaitingDispatch(string category = "neighbour-dispute", DateTimeOffset? at = null) =>
        Submitted(category, at).Then(Triggers.Register).Then(Triggers.Triage);

    /// <summary>The scenario's clock moved on by <paramref name="time"/> before the next step (each step also takes a minute).</summary>
    public CaseScenario Wait(TimeSpan time)
    {
        _time.Advance(time);
        return this;
    }

    /// <summary>Dispatched to the category's platform and assigned to its lead office, with co-handlers if given.</summary>
    public static CaseScenario Assigned(string category = "neighbour-dispute", params string[] coHandlers) =>
        AwaitingDispatch(category).Then(Triggers.Dispatch).Then(Triggers.Assign, new CasePayload { CoHandlers = coHandlers });

    /// <summary>Signed for by the lead office (handle.Accepted, supervised).</summary>
    public static CaseScenario SignedFor(string category = "neighbour-dispute", params string[] coHandlers)
    {
        var scenario = Assigned(category, coHandlers);
        return scenario.Then(Triggers.SignFor, actor: scenario.State.LeadOffice!);
    }

    /// <summary>Handled, completed and fed back (feedback.FedBack).</summary>
    public static CaseScenario FedBack(string category = "neighbour-dispute") =>
        SignedFor(category)
            .Then(Triggers.Complete, new CasePayload { Result = "Both neighbours agreed to move the fence back." })
            .Then(Triggers.FeedBack, new CasePayload { Note = "The dispute was mediated; the fence is moved." });

    /// <summary>The first actor the definition lets send the trigger to the case now (the command room when nobody may).</summary>
    public string Permitted(string trigger) => Permissions.WhoMay(State, trigger, Definition) is { Count: > 0 } who ? who[0] : "command-room";

    /// <summary>Decides the trigger without applying it, sent by <paramref name="actor"/> or else by whoever may send it.</summary>
    public Decision Try(string trigger, CasePayload? payload = null, string? actor = null)
    {
        actor ??= Permitted(trigger);
        if (actor == Positions.TimerPump && payload is null)
        {
            return FireTimer(trigger);
        }

        return CaseDecider.Decide(State, new CaseCommand { Trigger = trigger, CaseId = State.Id, Actor = actor, Payload = payload ?? CasePayload.Empty }, Definition, Now());
    }

    /// <summary>A supervision step as the timer pump takes it: the case's planned timer for the trigger, fired once it is due.</summary>
    private Decision FireTimer(string trigger)
    {
        var timer = SupervisionSchedule.Plan(State, Definition).FirstOrDefault(t => SupervisionTimers.TriggerOf(t.Kind, Definition) == trigger);
        Assert.That(timer, Is.Not.Null, $"the case in {State.Position} should have a timer planned for {trigger}");
        var now = Now();
        if (now < timer!.DueAt)
        {
            _time.SetUtcNow(timer.DueAt);
            now = timer.DueAt;
        }

        var command = new CaseCommand { Trigger = trigger, CaseId = State.Id, Actor = Positions.TimerPump, Payload = new CasePayload { Timer = timer.Kind, DueAt = timer.DueAt } };
        return CaseDecider.Decide(State, command, Definition, now);
    }

    /// <summary>Decides the trigger, which must be accepted, and applies its events.</summary>
    public CaseScenario Then(string trigger, CasePayload? payload = null, string? actor = null)
    {
        var decision = Try(trigger, payload, actor);
        Assert.That(decision.Rejection, Is.Null, $"{trigger} in {State.Position} should be accepted");
        foreach (var e in decision.Events)
        {
            State = CaseEvolver.Apply(State, e, Definition);
            _history.Add(e);
        }

        return this;
    }

    private DateTimeOffset Now()
    {
        _time.Advance(TimeSpan.FromMinutes(1));
        return _time.GetUtcNow();
    }
}
