namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Organisation references and the escalation ladder on a broken copy of the real file.</summary>
public class OrganisationRuleTests
{
    private static readonly string[] Platforms = ["governance", "enforcement", "market", "services"];

    [Test]
    public void Parse_CategoryLeadOfficeUnknown_ReportsItAndListsOffices()
    {
        var result = BrokenDefinition.Load(root => root.Category(2)["leadOffice"] = "police");

        result.ErrorAt("$.categories[2].leadOffice", "'police'").Names("police-station", "petition-office");
    }

    [Test]
    public void Parse_PlatformLeadOfficeUnknown_ReportsItAndListsOffices()
    {
        var result = BrokenDefinition.Load(root => root.Organisation()["platforms"]![1]!["leadOffice"] = "building-centre");

        result.ErrorAt("$.organisation.platforms[1].leadOffice", "'building-centre'").Names("construction-centre");
    }

    [Test]
    public void Parse_PlatformForceUnknown_ReportsItAndListsOffices()
    {
        var result = BrokenDefinition.Load(root => root.Organisation()["platforms"]![0]!["forces"]![3] = "letters-office");

        result.ErrorAt("$.organisation.platforms[0].forces[3]", "'letters-office'").Names("petition-office", "police-station");
    }

    [Test]
    public void Parse_CategoryPlatformUnknown_ReportsItAndListsPlatforms()
    {
        var result = BrokenDefinition.Load(root => root.Category(16)["platform"] = "food");

        result.ErrorAt("$.categories[16].platform", "'food'").Names(Platforms);
    }

    [Test]
    public void Parse_OfficePlatformUnknown_ReportsItAndListsPlatforms()
    {
        var result = BrokenDefinition.Load(root => root.Organisation()["offices"]![28]!["platforms"]![0] = "markets");

        result.ErrorAt("$.organisation.offices[28].platforms[0]", "'markets'").Names(Platforms);
    }

    [Test]
    public void Parse_PlatformCoordinatorUnknown_ReportsItAndListsLeaders()
    {
        var result = BrokenDefinition.Load(root => root.Organisation()["platforms"]![2]!["coordinator"] = "deputy-head-trade");

        result.ErrorAt("$.organisation.platforms[2].coordinator", "'deputy-head-trade'").Names("deputy-head-economy", "deputy-secretary", "party-secretary");
    }

    [Test]
    public void Parse_GridVillageUnknown_ReportsItAndListsVillages()
    {
        var result = BrokenDefinition.Load(root => root.Organisation()["grids"]![4]!["village"] = "village-7");

        result.ErrorAt("$.organisation.grids[4].village", "'village-7'").Names("village-1", "village-2", "village-3", "village-4", "village-5", "village-6");
    }

    [Test]
    public void Parse_EscalationLadderOutOfOrder_ReportsTheRightOrderAndTheOrderFound()
    {
        var result = BrokenDefinition.Load(root =>
        {
            var ladder = root.Organisation()["escalationLadder"]!.AsArray();
            var deputySecretary = ladder[2]!.DeepClone();
            ladder[2] = ladder[3]!.DeepClone();
            ladder[3] = deputySecretary;
        });

        result.ErrorAt("$.organisation.escalationLadder", "found").Names(
            "office → platformCoordinator → deputySecretary → mainLeader",
            "office → platformCoordinator → mainLeader → deputySecretary");
    }
}
