using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>The validator reports every error in one pass, not just the first.</summary>
public class DefinitionValidatorTests
{
    private static readonly string[] ThreeBreaks = ["$.categories[0].leadOffice", "$.workflows[2].triggers[6]", "$.organisation.grids[3].village"];

    [Test]
    public void Parse_ThreeUnrelatedErrors_ReportsAllThree()
    {
        var result = BrokenDefinition.Load(BreakThreeUnrelatedThings);

        Assert.That(result.Errors.Select(e => e.Path), Is.EquivalentTo(ThreeBreaks), () => string.Join(Environment.NewLine, result.Errors));
    }

    [Test]
    public void Parse_ThreeUnrelatedErrors_IsNotValid() =>
        Assert.That(BrokenDefinition.Load(BreakThreeUnrelatedThings).IsValid, Is.False);

    // A category, a workflow and the organisation: one error for each rule set.
    private static void BreakThreeUnrelatedThings(JsonObject root)
    {
        root.Category(0)["leadOffice"] = "mediation-office";
        root.Workflow(2)["triggers"] = new JsonArray("ReportProgress", "ReportCoHandling", "Complete", "Return", "RequestExtension", "DecideExtension", "GiveBack");
        root.Organisation()["grids"]![3]!["village"] = "village-9";
    }
}
