using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Duplicate ids on a copy of the real file with one item appended again.</summary>
public class DuplicateIdTests
{
    [Test]
    public void Parse_DuplicateCategory_ReportsTheSecondOne()
    {
        var index = 0;
        var result = BrokenDefinition.Load(root => index = AppendCopy(root["categories"]!.AsArray(), 0));

        result.ErrorAt($"$.categories[{index}].id", "duplicate").Names("'neighbour-dispute'", "unique");
    }

    [Test]
    public void Parse_DuplicateOffice_ReportsTheSecondOne()
    {
        var index = 0;
        var result = BrokenDefinition.Load(root => index = AppendCopy(root.Organisation()["offices"]!.AsArray(), 5));

        result.ErrorAt($"$.organisation.offices[{index}].id", "duplicate").Names("'comprehensive-governance-office'", "unique");
    }

    [Test]
    public void Parse_DuplicateState_ReportsTheSecondOneInItsWorkflow()
    {
        var index = 0;
        var result = BrokenDefinition.Load(root => index = AppendCopy(root.Workflow(5)["states"]!.AsArray(), 1));

        result.ErrorAt($"$.workflows[5].states[{index}].id", "duplicate").Names("'Closed'", "'assess'", "unique");
    }

    [Test]
    public void Parse_DuplicateWorkflow_ReportsTheSecondOne()
    {
        var index = 0;
        var result = BrokenDefinition.Load(root => index = AppendCopy(root["workflows"]!.AsArray(), 5));

        result.ErrorAt($"$.workflows[{index}].id", "duplicate").Names("'assess'", "unique");
    }

    [Test]
    public void Parse_DuplicateTrigger_ReportsTheSecondOneInItsWorkflow()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(5)["triggers"] = new JsonArray("Rate", "RecordCallback", "FlagCallbackOverdue", "Rate"));

        result.ErrorAt("$.workflows[5].triggers[3]", "duplicate").Names("'Rate'", "'assess'");
    }

    [Test]
    public void Parse_GridMemberServingTwoGrids_ReportsTheSecondGridsMember()
    {
        var result = BrokenDefinition.Load(root => root.Organisation()["grids"]![8]!["member"]!["id"] = "grid-member-1");

        result.ErrorAt("$.organisation.grids[8].member.id", "duplicate").Names("'grid-member-1'", "unique");
    }

    private static int AppendCopy(JsonArray items, int index)
    {
        items.Add(items[index]!.DeepClone());
        return items.Count - 1;
    }
}
