using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Tests.Workbench.Lists;

/// <summary>One case driven through the engine's pure decide/apply functions over the real workflows.json, a minute per step.</summary>
internal sealed class ListScenario
{
    /// <summary>A Monday morning in the township (China time).</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Lazy<CompiledDefinition> Compiled = new(() => CompiledDefinition.LoadFile(CaseFlowFactory.DefinitionPath()));

    private ListScenario(CaseState state, DateTimeOffset now)
    {
        State = state;
        Now = now;
    }

    public static CompiledDefinition Definition => Compiled.Value;

    public CaseState State { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>A case the command room just received on the hotline.</summary>
    public static ListScenario Submitted(string category = "neighbour-dispute")
    {
        var command = new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.NewGuid(),
            Actor = "command-room",
            Payload = new CasePayload
            {
                ClientKey = $"hotline-{Guid.NewGuid():N}",
                Category = category,
                Title = "邻居违建挡路",
                Description = "村口新建铁皮棚挡住道路。",
                Channel = "hotline",
                Reporter = new Reporter("蓝女士", "13800000000", null),
                Village = "village-1",
                Grid = "grid-1",
            },
        };
        var decision = CaseDecider.Submit(command, Definition, 1, Start);
        Assert.That(decision.Rejection, Is.Null, "the submission should be accepted");
        return new ListScenario(CaseEvolver.Apply(null, decision.Events[0], Definition), Start);
    }

    /// <summary>Registered, triaged in scope, dispatched to the category's platform and assigned to its lead office.</summary>
    public static ListScenario Assigned(string category = "neighbour-dispute") =>
        Submitted(category).Then(Triggers.Register).Then(Triggers.Triage).Then(Triggers.Dispatch).Then(Triggers.Assign, new CasePayload { CoHandlers = [] });

    /// <summary>Decides the trigger as the first actor the definition lets send it, which must be accepted, and applies it.</summary>
    public ListScenario Then(string trigger, CasePayload? payload = null, string? actor = null)
    {
        Now = Now.AddMinutes(1);
        actor ??= Permissions.WhoMay(State, trigger, Definition)[0];
        var decision = CaseDecider.Decide(State, new CaseCommand { Trigger = trigger, CaseId = State.Id, Actor = actor, Payload = payload ?? CasePayload.Empty }, Definition, Now);
        return Apply(trigger, decision);
    }

    /// <summary>Fires the case's planned timer for the trigger as the timer pump does, moving the clock to when it falls due.</summary>
    public ListScenario Timer(string trigger)
    {
        var timer = SupervisionSchedule.Plan(State, Definition).FirstOrDefault(t => SupervisionTimers.TriggerOf(t.Kind, Definition) == trigger);
        Assert.That(timer, Is.Not.Null, $"the case in {State.Position} should have a timer for {trigger}");
        Now = Now > timer!.DueAt ? Now : timer.DueAt;
        var command = new CaseCommand { Trigger = trigger, CaseId = State.Id, Actor = Positions.TimerPump, Payload = new CasePayload { Timer = timer.Kind, DueAt = timer.DueAt } };
        return Apply(trigger, CaseDecider.Decide(State, command, Definition, Now));
    }

    private ListScenario Apply(string trigger, Decision decision)
    {
        Assert.That(decision.Rejection, Is.Null, $"{trigger} in {State.Position} should be accepted");
        foreach (var e in decision.Events)
        {
            State = CaseEvolver.Apply(State, e, Definition);
        }

        return this;
    }
}
