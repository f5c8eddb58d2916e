using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Supervision timers on a broken copy of the real file: positions, triggers, clocks and repetitions must make sense.</summary>
public class TimerRuleTests
{
    private static JsonObject Timer(JsonObject root, int index) => root["supervision"]!["timers"]![index]!.AsObject();

    [Test]
    public void Parse_TimerInAPositionItsTriggerIsNotFiredFrom_ReportsItAndListsWhereItIs()
    {
        var result = BrokenDefinition.Load(root => Timer(root, 0)["in"] = new JsonArray("supervise.Overdue"));

        result.ErrorAt("$.supervision.timers[0].in[0]", "'supervise.Overdue'").Names("'Warn'", "supervise.OnTrack");
    }

    [Test]
    public void Parse_TimerFiringATriggerNoTransitionUses_ReportsIt()
    {
        var result = BrokenDefinition.Load(root => Timer(root, 2)["fires"] = "Nag");

        result.ErrorAt("$.supervision.timers[2].fires", "'Nag'").Names("could never fire");
    }

    [Test]
    public void Parse_RepeatingTimerWithoutSinceOrCount_ReportsIt()
    {
        var result = BrokenDefinition.Load(root => Timer(root, 4).Remove("since"));

        result.ErrorAt("$.supervision.timers[4].every", "neither").Names("'signForOverdue'", "'since'", "'count'");
    }

    [Test]
    public void Parse_TimerNamedTwice_ReportsTheSecond()
    {
        var result = BrokenDefinition.Load(root => Timer(root, 1)["timer"] = "warn");

        result.ErrorAt("$.supervision.timers[1].timer", "duplicate").Names("'warn'");
    }

    [Test]
    public void Parse_LadderTimerFiringATransitionThatRecordsNoClimb_ReportsWhereAndTheEffectsThatClimb()
    {
        // signForEscalate made to fire the urging, which records no climb: the case would stay on its rung and the timer refire at once.
        var result = BrokenDefinition.Load(root => Timer(root, 7)["fires"] = "UrgeSignFor");

        result.ErrorAt("$.supervision.timers[7].fires", "'signForEscalate' climbs the escalation ladder")
            .Names("'UrgeSignFor'", "dispatch.AssignedToOffice, dispatch.JointHandling", "records no climb", "supervision.escalate, supervision.signForEscalate");
    }

    [Test]
    public void Parse_LadderTimerWhoseTransitionLostItsClimb_ReportsOnlyThatPosition()
    {
        var result = BrokenDefinition.Load(root =>
        {
            var dispatch = root["workflows"]![1]!["transitions"]!.AsArray();
            var climb = dispatch.Single(t => t!["trigger"]!.GetValue<string>() == "EscalateSignFor")!;
            climb["from"] = "AssignedToOffice";
            dispatch.Add(new JsonObject { ["from"] = "JointHandling", ["trigger"] = "EscalateSignFor", ["effects"] = new JsonArray("supervision.signForOverdue"), ["by"] = new JsonArray("system") });
        });

        result.ErrorAt("$.supervision.timers[7].fires", "records no climb").Names("from dispatch.JointHandling");
        Assert.That(result.Errors.Single(e => e.Path == "$.supervision.timers[7].fires").Message, Does.Not.Contain("AssignedToOffice"));
    }

    [Test]
    public void Parse_TheRealLadderTimers_ClimbFromEveryPositionTheyRunIn() =>
        Assert.That(BrokenDefinition.Load(_ => { }).Errors.Select(e => e.Path), Has.None.StartsWith("$.supervision.timers"));

    [Test]
    public void Parse_SpanTheDefinitionDoesNotDeclare_ReportsIt()
    {
        var result = BrokenDefinition.Load(root => root["assessment"]!.AsObject().Remove("callbackWithin"));

        Assert.That(result.Errors.Select(e => e.Path), Does.Contain("$.supervision.timers[6].after"), () => string.Join(Environment.NewLine, result.Errors));
    }
}
