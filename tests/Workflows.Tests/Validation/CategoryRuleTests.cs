using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Category checks on a broken copy of the real file: a deadline for every category, a known jurisdiction, a lead office on the right platform.</summary>
public class CategoryRuleTests
{
    [Test]
    public void Parse_CategoryWithoutDeadline_ReportsTheMissingDeadlineWithAnExample()
    {
        var result = BrokenDefinition.Load(root => root.Category(3).Remove("deadline"));

        result.ErrorAt("$.categories[3].deadline", "'fire-hazard'").Names("no deadline", "workingDays", "workingHours");
    }

    [Test]
    public void Parse_DeadlineInBothDaysAndHours_ReportsBothAndAsksForOne()
    {
        var result = BrokenDefinition.Load(root => root.Category(3)["deadline"] = new JsonObject { ["workingDays"] = 2, ["workingHours"] = 4 });

        result.ErrorAt("$.categories[3].deadline", "'fire-hazard'").Names("exactly one", "both", "workingDays 2", "workingHours 4");
    }

    [Test]
    public void Parse_DeadlineInNeitherDaysNorHours_ReportsNeitherAndAsksForOne()
    {
        var result = BrokenDefinition.Load(root => root.Category(3)["deadline"] = new JsonObject());

        result.ErrorAt("$.categories[3].deadline", "'fire-hazard'").Names("exactly one", "neither", "workingDays", "workingHours");
    }

    [Test]
    public void Parse_UnknownJurisdiction_ReportsItAndTheTwoJurisdictions()
    {
        var result = BrokenDefinition.Load(root => root.Category(5)["jurisdiction"] = "city");

        result.ErrorAt("$.categories[5].jurisdiction", "\"city\"").Names("\"township\"", "\"county\"");
    }

    [Test]
    public void Parse_LeadOfficeNotOnTheCategoriesPlatform_ReportsTheOfficeAndItsPlatforms()
    {
        var result = BrokenDefinition.Load(root => root.Category(16)["leadOffice"] = "police-station");

        result.ErrorAt("$.categories[16].leadOffice", "does not work on").Names("'police-station'", "'market'", "governance");
    }
}
