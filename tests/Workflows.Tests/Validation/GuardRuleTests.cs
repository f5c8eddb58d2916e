using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Guards on a broken copy of the real file: known fields only, and like compared with like.</summary>
public class GuardRuleTests
{
    [Test]
    public void Parse_GuardOverUnknownField_ReportsItAndListsTheFields()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(2)["transitions"]![2]!["guard"]!["field"] = "pendingHelpers");

        result.ErrorAt("$.workflows[2].transitions[2].guard.field", "'pendingHelpers'").Names([.. Catalogue.Fields.Keys]);
    }

    [Test]
    public void Parse_NumberFieldComparedWithText_ReportsTheFieldsKindAndTheValue()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(2)["transitions"]![2]!["guard"]!["value"] = "none");

        result.ErrorAt("$.workflows[2].transitions[2].guard.value", "\"none\"").Names("'pendingCoHandlers'", "number");
    }

    [Test]
    public void Parse_NestedComparisonWithWrongKind_ReportsItsPathInsideTheCombination()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(1)["transitions"]![3]!["guard"] = JsonNode.Parse(
            """{"all": [{"field": "jurisdiction", "op": "eq", "value": "township"}, {"field": "coHandlers", "op": "gt", "value": "two"}]}"""));

        result.ErrorAt("$.workflows[1].transitions[3].guard.all[1].value", "\"two\"").Names("'coHandlers'", "number");
    }

    [Test]
    public void Parse_OrderingOperatorOnTextField_ReportsItAndTheOperatorsToUse()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(0)["transitions"]![1]!["guard"]!["op"] = "gt");

        result.ErrorAt("$.workflows[0].transitions[1].guard.op", "'gt'").Names("'jurisdiction'", "eq, ne or in");
    }
}
