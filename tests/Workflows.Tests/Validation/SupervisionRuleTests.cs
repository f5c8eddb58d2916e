using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Supervision checks on a broken copy of the real file: a calendar to count on, a sensible warning share, the ladder in order, urgent deadlines.</summary>
public class SupervisionRuleTests
{
    [Test]
    public void Parse_SupervisionWithoutCalendar_AsksForTheCalendar()
    {
        var result = BrokenDefinition.Load(root => root.Remove("calendar"));

        result.ErrorAt("$.supervision", "needs a calendar").Names("\"calendar\"");
    }

    [Test]
    public void Parse_WarnAtOutsideTheHandlingTime_ReportsTheShare()
    {
        var result = BrokenDefinition.Load(root => root.Supervision()["warnAt"] = 1.5);

        result.ErrorAt("$.supervision.warnAt", "share of the handling time").Names("1.5", "between 0 and 1");
    }

    [Test]
    public void Parse_EscalationSkippingARung_ReportsTheLadderAndWhatWasFound()
    {
        var result = BrokenDefinition.Load(root => root.Supervision()["escalation"]!.AsArray().RemoveAt(1));

        result.ErrorAt("$.supervision.escalation", "one rung at a time").Names("platformCoordinator → deputySecretary → mainLeader", "found: platformCoordinator → mainLeader");
    }

    [Test]
    public void Parse_EscalationIntervalInBothDaysAndHours_AsksForOne()
    {
        var result = BrokenDefinition.Load(root => root.Supervision()["escalation"]![0]!["after"] = new JsonObject { ["workingDays"] = 1, ["workingHours"] = 2 });

        result.ErrorAt("$.supervision.escalation[0].after", "'platformCoordinator'").Names("exactly one", "both");
    }

    [Test]
    public void Parse_CategoryWithoutUrgentDeadlineUnderSupervision_AsksForOneInHours()
    {
        var result = BrokenDefinition.Load(root => root.Category(3).Remove("urgentDeadline"));

        result.ErrorAt("$.categories[3].urgentDeadline", "'fire-hazard'").Names("no urgentDeadline", "workingHours");
    }

    [Test]
    public void Parse_UrgentDeadlineLongerThanTheNormalOne_ReportsBoth()
    {
        var result = BrokenDefinition.Load(root => root.Category(3)["urgentDeadline"] = new JsonObject { ["workingDays"] = 3 });

        result.ErrorAt("$.categories[3].urgentDeadline", "'fire-hazard'").Names("3 working day(s)", "2 working day(s)", "longer");
    }

    [Test]
    public void Parse_SignForDeadlineMissingForUrgentCases_IsRefusedByTheSchema()
    {
        var result = BrokenDefinition.Load(root => root.Supervision()["signForWithin"]!.AsObject().Remove("urgent"));

        result.ErrorAt("$.supervision.signForWithin", "required").Names("urgent");
    }
}
