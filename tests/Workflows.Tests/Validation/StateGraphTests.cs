using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>The shape of each workflow's graph on a broken copy of the real file: reachable states, ways out, unambiguous triggers.</summary>
public class StateGraphTests
{
    [Test]
    public void Parse_StateNothingLeadsTo_ReportsItUnreachable()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(5)["states"]!.AsArray().Add(new JsonObject { ["id"] = "Archived", ["name"] = "已归档", ["final"] = true }));

        result.ErrorAt("$.workflows[5].states[2]", "unreachable").Names("'Archived'", "'assess'", "no transition leads to it");
    }

    [Test]
    public void Parse_NonFinalStateWithNoWayOut_ReportsItStuckAndTheThreeRemedies()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(0)["states"]![4]!.AsObject().Remove("final"));

        result.ErrorAt("$.workflows[0].states[4]", "stuck").Names("'Invalid'", "add a transition", "\"final\": true", "\"continuesIn\"");
    }

    [Test]
    public void Parse_FinalStateThatAlsoContinues_ReportsBoth()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(0)["states"]![4]!["continuesIn"] = new JsonObject { ["workflow"] = "dispatch" });

        result.ErrorAt("$.workflows[0].states[4]", "final").Names("'Invalid'", "'dispatch'", "not both");
    }

    [Test]
    public void Parse_TwoUnguardedTransitionsForOneTriggerFromOneState_ReportsTheMissingGuard()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(0)["transitions"]![4]!["trigger"] = "MarkInvalid");

        result.ErrorAt("$.workflows[0].transitions[3].guard", "guard").Names("'MarkInvalid'", "'Registered'", "2 transitions");
    }
}
