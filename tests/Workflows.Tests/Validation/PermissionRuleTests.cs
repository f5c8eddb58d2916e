using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Who may fire each transition and who may submit a case, on a broken copy of the real file.</summary>
public class PermissionRuleTests
{
    private const int Dispatch = 1;
    private const int Supervise = 3;
    private const int Feedback = 4;

    // dispatch.transitions[4]: AssignedToPlatform --Assign--> AssignedToOffice, by platformCoordinator.
    private const string Assign = "dispatch: AssignedToPlatform --Assign--> AssignedToOffice";

    private static readonly string[] Submitters = ["commandRoom", "county", "gridMember", "intakeSystem", "leader"];

    [Test]
    public void Parse_TransitionWithoutBy_SaysWhoMayFireItIsMissingAndListsEveryRoleWithItsMeaning()
    {
        var result = BrokenDefinition.Load(root => root.Transition(Dispatch, 2).Remove("by"));

        result.ErrorAt("$.workflows[1].transitions[2].by", "does not say who may fire it").Names(
            Assign, "commandRoom: the command room", "leadOffice: this case's lead office", "system: CaseFlow's own timer pump", "reporter: the person who reported this case");
    }

    [Test]
    public void Parse_TransitionWithoutBy_ReportsTheSchemasRequiredPropertyToo()
    {
        var result = BrokenDefinition.Load(root => root.Transition(Dispatch, 2).Remove("by"));

        result.ErrorAt("$.workflows[1].transitions[2]", "required").Names("\"by\"");
    }

    [Test]
    public void Parse_TransitionWithEmptyBy_SaysWhoMayFireItIsMissing()
    {
        var result = BrokenDefinition.Load(root => root.Transition(Dispatch, 2)["by"] = BrokenDefinition.Roles());

        result.ErrorAt("$.workflows[1].transitions[2].by", "does not say who may fire it").Names(Assign);
    }

    [Test]
    public void Parse_UnknownRoleInBy_ReportsItAtItsIndexAndListsTheRoles()
    {
        var result = BrokenDefinition.Load(root => root.By(Supervise, 1)[1] = "deputyHead");

        result.ErrorAt("$.workflows[3].transitions[1].by[1]", "unknown role 'deputyHead'").Names(["supervise: [OnTrack, Warned, Overdue] --Urge--> (stays)", .. Catalogue.Roles.Keys]);
    }

    [Test]
    public void Parse_RoleSpelledInAnotherCase_IsUnknownAndSuggestsTheRole()
    {
        var result = BrokenDefinition.Load(root => root.By(Feedback, 1)[1] = "Reporter");

        result.ErrorAt("$.workflows[4].transitions[1].by[1]", "unknown role 'Reporter'").Names("did you mean 'reporter'?");
    }

    [Test]
    public void Parse_RoleNamedTwiceInBy_ReportsTheSecondMention()
    {
        var result = BrokenDefinition.Load(root => root.Transition(Supervise, 1)["by"] = BrokenDefinition.Roles("commandRoom", "platformCoordinator", "commandRoom"));

        result.ErrorAt("$.workflows[3].transitions[1].by[2]", "twice").Names("'commandRoom'", "supervise: [OnTrack, Warned, Overdue] --Urge--> (stays)", "once");
        Assert.That(result.Errors.Select(e => e.Path), Has.None.EqualTo("$.workflows[3].transitions[1].by[0]"));
    }

    [Test]
    public void Parse_SystemBesidePeopleInBy_IsValid()
    {
        // An urging (催办) is sent by the timer pump on schedule and by the command room whenever it sees fit.
        var result = BrokenDefinition.Load(root => root.By(Supervise, 0).Add("commandRoom"));

        Assert.That(result.Errors, Is.Empty, () => string.Join(Environment.NewLine, result.Errors));
    }

    [Test]
    public void Parse_SystemAlone_IsValid()
    {
        var result = BrokenDefinition.Load(root => root.Transition(Supervise, 1)["by"] = BrokenDefinition.Roles("system"));

        Assert.That(result.Errors, Is.Empty, () => string.Join(Environment.NewLine, result.Errors));
    }

    [Test]
    public void Parse_NoSubmittedBy_SaysWhoMaySubmitIsMissingAndListsOnlyRolesThatMay()
    {
        var result = BrokenDefinition.Load(root => root.Remove("submittedBy"));

        var error = result.ErrorAt("$.submittedBy", "does not say who may submit a new case");
        error.Names("commandRoom: the command room", "gridMember: the grid member", "intakeSystem: a township system", "county: the county 12345 system");
        Assert.That(error.Message, Does.Not.Contain("leadOffice").And.Not.Contain("system: CaseFlow"));
    }

    [Test]
    public void Parse_EmptySubmittedBy_SaysWhoMaySubmitIsMissing()
    {
        var result = BrokenDefinition.Load(root => root["submittedBy"] = BrokenDefinition.Roles());

        result.ErrorAt("$.submittedBy", "does not say who may submit a new case").Names("gridMember");
    }

    [Test]
    public void Parse_UnknownRoleInSubmittedBy_ReportsItAtItsIndexAndListsTheRoles()
    {
        var result = BrokenDefinition.Load(root => root["submittedBy"]![1] = "hotline");

        result.ErrorAt("$.submittedBy[1]", "unknown role 'hotline'").Names(["who may submit a new case", .. Catalogue.Roles.Keys]);
    }

    [Test]
    public void Parse_RoleNamedTwiceInSubmittedBy_ReportsTheSecondMention()
    {
        var result = BrokenDefinition.Load(root => root["submittedBy"]!.AsArray().Add("commandRoom"));

        result.ErrorAt("$.submittedBy[4]", "twice").Names("'commandRoom'", "who may submit a new case");
    }

    [TestCase("platformCoordinator")]
    [TestCase("leadOffice")]
    [TestCase("coHandler")]
    [TestCase("reporter")]
    [TestCase("system")]
    public void Parse_CaseBoundRoleInSubmittedBy_ReportsThatItActsOnlyOnACaseUnderWay(string role)
    {
        var result = BrokenDefinition.Load(root => root["submittedBy"]!.AsArray().Add(role));

        result.ErrorAt("$.submittedBy[4]", $"'{role}'").Names(["already under way", "cannot submit", .. Submitters]);
    }

    [Test]
    public void Parse_GridMemberAloneSubmits_IsValid()
    {
        var result = BrokenDefinition.Load(root => root["submittedBy"] = BrokenDefinition.Roles("gridMember"));

        Assert.That(result.Errors, Is.Empty, () => string.Join(Environment.NewLine, result.Errors));
    }

    [Test]
    public void Parse_CountyStepsWithoutACountySystem_ReportsTheMissingSystemAndWhereTheRoleIsFirstUsed()
    {
        var result = BrokenDefinition.Load(root =>
        {
            RemoveSystems(root, "county");
            root["submittedBy"] = BrokenDefinition.Roles("commandRoom", "gridMember", "intakeSystem");
        });

        result.ErrorAt("$.organisation.systems", "'county'").Names("first at $.workflows[1].transitions[7].by[0]", "no system", "\"role\": \"county\"");
    }

    [Test]
    public void Parse_IntakeSystemSubmitsWithoutAnIntakeSystem_ReportsTheMissingSystem()
    {
        var result = BrokenDefinition.Load(root => RemoveSystems(root, "intake"));

        result.ErrorAt("$.organisation.systems", "'intakeSystem'").Names("first at $.submittedBy[2]", "'intake'");
        Assert.That(result.Errors.Select(e => e.Message), Has.None.Contains("'county'"), "the county system is still declared");
    }

    [Test]
    public void Parse_NoSystemsAndNoSystemRoles_IsValid()
    {
        var result = BrokenDefinition.Load(root =>
        {
            root.Organisation().Remove("systems");
            root["submittedBy"] = BrokenDefinition.Roles("commandRoom", "gridMember");
            foreach (var transition in root["workflows"]!.AsArray().SelectMany(w => w!["transitions"]!.AsArray()))
            {
                if (transition!["by"]!.AsArray().Any(r => r!.GetValue<string>() == "county"))
                {
                    transition["by"] = BrokenDefinition.Roles("commandRoom");
                }
            }
        });

        Assert.That(result.Errors, Is.Empty, () => string.Join(Environment.NewLine, result.Errors));
    }

    private static void RemoveSystems(JsonObject root, string role)
    {
        var systems = root.Systems();
        foreach (var system in systems.Where(s => s!["role"]!.GetValue<string>() == role).ToList())
        {
            systems.Remove(system);
        }
    }
}
