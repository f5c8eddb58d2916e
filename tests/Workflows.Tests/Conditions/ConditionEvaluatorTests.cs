using System.Text.Json;
using CaseFlow.Workflows.Conditions;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Tests.Conditions;

/// <summary>Declarative guards evaluated against case facts, and described for refusals and diagrams.</summary>
public class ConditionEvaluatorTests
{
    [TestCase("""{"field": "jurisdiction", "op": "eq", "value": "county"}""", "jurisdiction=county", true)]
    [TestCase("""{"field": "jurisdiction", "op": "eq", "value": "county"}""", "jurisdiction=township", false)]
    [TestCase("""{"field": "jurisdiction", "op": "eq", "value": "county"}""", "", false)]
    [TestCase("""{"field": "coHandlers", "op": "eq", "value": 0}""", "coHandlers=0", true)]
    [TestCase("""{"field": "coHandlers", "op": "eq", "value": 0}""", "coHandlers=0zero", false)]
    [TestCase("""{"field": "extensionApproved", "op": "eq", "value": true}""", "extensionApproved=true", true)]
    [TestCase("""{"field": "extensionApproved", "op": "eq", "value": true}""", "extensionApproved=false", false)]
    [TestCase("""{"field": "extensionApproved", "op": "eq", "value": false}""", "extensionApproved=false", true)]
    [TestCase("""{"field": "extensionApproved", "op": "eq", "value": false}""", "", false)]
    [TestCase("""{"field": "jurisdiction", "op": "ne", "value": "county"}""", "jurisdiction=township", true)]
    [TestCase("""{"field": "jurisdiction", "op": "ne", "value": "county"}""", "jurisdiction=county", false)]
    [TestCase("""{"field": "coHandlers", "op": "gt", "value": 0}""", "coHandlers=1", true)]
    [TestCase("""{"field": "coHandlers", "op": "gt", "value": 0}""", "coHandlers=0", false)]
    [TestCase("""{"field": "coHandlers", "op": "gt", "value": 0}""", "", false)]
    [TestCase("""{"field": "coHandlers", "op": "gt", "value": 0}""", "coHandlers=many", false)]
    [TestCase("""{"field": "returns", "op": "ge", "value": 2}""", "returns=2", true)]
    [TestCase("""{"field": "returns", "op": "ge", "value": 2}""", "returns=1", false)]
    [TestCase("""{"field": "reopens", "op": "lt", "value": 1}""", "reopens=0", true)]
    [TestCase("""{"field": "reopens", "op": "lt", "value": 1}""", "reopens=1", false)]
    [TestCase("""{"field": "extensions", "op": "le", "value": 1}""", "extensions=1", true)]
    [TestCase("""{"field": "extensions", "op": "le", "value": 1}""", "extensions=2", false)]
    [TestCase("""{"field": "channel", "op": "in", "value": ["hotline", "grid"]}""", "channel=grid", true)]
    [TestCase("""{"field": "channel", "op": "in", "value": ["hotline", "grid"]}""", "channel=letter", false)]
    [TestCase("""{"field": "channel", "op": "in", "value": ["hotline", "grid"]}""", "", false)]
    [TestCase("""{"field": "platformsInvolved", "op": "in", "value": [2, 3]}""", "platformsInvolved=3", true)]
    [TestCase("""{"field": "platformsInvolved", "op": "in", "value": [2, 3]}""", "platformsInvolved=1", false)]
    public void Holds_Comparison_ComparesTheFactWithTheValue(string condition, string facts, bool expected) =>
        Assert.That(ConditionEvaluator.Holds(Read(condition), DictionaryFacts.Parse(facts)), Is.EqualTo(expected));

    [TestCase("jurisdiction=township;coHandlers=2", true)]
    [TestCase("jurisdiction=township;coHandlers=0", false)]
    [TestCase("jurisdiction=county;coHandlers=2", false)]
    public void Holds_All_HoldsOnlyWhenEveryConditionHolds(string facts, bool expected) =>
        Assert.That(ConditionEvaluator.Holds(Read(TownshipAndCoHandlers("all")), DictionaryFacts.Parse(facts)), Is.EqualTo(expected));

    [TestCase("jurisdiction=township;coHandlers=0", true)]
    [TestCase("jurisdiction=county;coHandlers=2", true)]
    [TestCase("jurisdiction=county;coHandlers=0", false)]
    public void Holds_Any_HoldsWhenOneConditionHolds(string facts, bool expected) =>
        Assert.That(ConditionEvaluator.Holds(Read(TownshipAndCoHandlers("any")), DictionaryFacts.Parse(facts)), Is.EqualTo(expected));

    [TestCase("jurisdiction=county", false)]
    [TestCase("jurisdiction=township", true)]
    [TestCase("", true)]
    public void Holds_Not_HoldsWhenTheInnerConditionDoesNot(string facts, bool expected) =>
        Assert.That(ConditionEvaluator.Holds(Read("""{"not": {"field": "jurisdiction", "op": "eq", "value": "county"}}"""), DictionaryFacts.Parse(facts)), Is.EqualTo(expected));

    [TestCase("jurisdiction=township;coHandlers=2", false)]
    [TestCase("jurisdiction=township;coHandlers=0", true)]
    public void Holds_NotOfAll_NegatesTheCombination(string facts, bool expected) =>
        Assert.That(ConditionEvaluator.Holds(Read($$"""{"not": {{TownshipAndCoHandlers("all")}}}"""), DictionaryFacts.Parse(facts)), Is.EqualTo(expected));

    [TestCase("""{"field": "jurisdiction", "op": "eq", "value": "county"}""", "jurisdiction == \"county\"")]
    [TestCase("""{"field": "jurisdiction", "op": "ne", "value": "county"}""", "jurisdiction != \"county\"")]
    [TestCase("""{"field": "coHandlers", "op": "gt", "value": 0}""", "coHandlers > 0")]
    [TestCase("""{"field": "returns", "op": "ge", "value": 2}""", "returns >= 2")]
    [TestCase("""{"field": "reopens", "op": "lt", "value": 1}""", "reopens < 1")]
    [TestCase("""{"field": "extensions", "op": "le", "value": 1}""", "extensions <= 1")]
    [TestCase("""{"field": "extensionApproved", "op": "eq", "value": true}""", "extensionApproved == true")]
    [TestCase("""{"field": "channel", "op": "in", "value": ["hotline","grid"]}""", "channel in [\"hotline\",\"grid\"]")]
    [TestCase("""{"all": [{"field": "jurisdiction", "op": "eq", "value": "township"}, {"field": "coHandlers", "op": "gt", "value": 0}]}""", "(jurisdiction == \"township\" and coHandlers > 0)")]
    [TestCase("""{"any": [{"field": "jurisdiction", "op": "eq", "value": "township"}, {"field": "coHandlers", "op": "gt", "value": 0}]}""", "(jurisdiction == \"township\" or coHandlers > 0)")]
    [TestCase("""{"not": {"field": "jurisdiction", "op": "eq", "value": "county"}}""", "not jurisdiction == \"county\"")]
    [TestCase("""{"not": {"any": [{"field": "returns", "op": "ge", "value": 2}, {"field": "reopens", "op": "ge", "value": 1}]}}""", "not (returns >= 2 or reopens >= 1)")]
    public void Describe_Condition_ReadsAsAnExpression(string condition, string expected) =>
        Assert.That(ConditionEvaluator.Describe(Read(condition)), Is.EqualTo(expected));

    private static string TownshipAndCoHandlers(string combination) =>
        $$"""{"{{combination}}": [{"field": "jurisdiction", "op": "eq", "value": "township"}, {"field": "coHandlers", "op": "gt", "value": 0}]}""";

    private static Condition Read(string json) => JsonSerializer.Deserialize<Condition>(json, DefinitionLoader.JsonOptions)!;
}
