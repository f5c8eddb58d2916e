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
    public void Parse_SpanTheDefinitionDoesNotDeclare_ReportsIt()
    {
        var result = BrokenDefinition.Load(root => root["assessment"]!.AsObject().Remove("callbackWithin"));

        Assert.That(result.Errors.Select(e => e.Path), Does.Contain("$.supervision.timers[6].after"), () => string.Join(Environment.NewLine, result.Errors));
    }
}
