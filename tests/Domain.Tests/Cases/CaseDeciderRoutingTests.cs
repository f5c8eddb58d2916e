using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

public class CaseDeciderRoutingTests
{
    [TestCase("neighbour-dispute")]
    [TestCase("illegal-construction")]
    [TestCase("food-safety")]
    [TestCase("elderly-care")]
    public void Triage_TownshipCategory_AwaitsDispatch(string category)
    {
        var scenario = CaseScenario.Submitted(category).Then(Triggers.Register);

        var e = scenario.Try(Triggers.Triage).Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(e.Reached, Is.EqualTo("receive.InScope"));
            Assert.That(e.To, Is.EqualTo("dispatch.AwaitingDispatch"));
            Assert.That(e.Effects, Is.Empty);
        });
    }

    [TestCase("medical-insurance")]
    [TestCase("power-supply")]
    [TestCase("county-road-maintenance")]
    [TestCase("school-enrolment")]
    public void Triage_CountyCategory_EscalatesToCounty(string category)
    {
        var scenario = CaseScenario.Submitted(category).Then(Triggers.Register);

        scenario.Then(Triggers.Triage);

        var e = scenario.History[^1];
        Assert.Multiple(() =>
        {
            Assert.That(e.Reached, Is.EqualTo("receive.OutOfScope"));
            Assert.That(e.To, Is.EqualTo("dispatch.EscalatedToCounty"));
            Assert.That(e.Effects, Is.EqualTo(new[] { "county.escalate" }));
            Assert.That(scenario.State.Position, Is.EqualTo("dispatch.EscalatedToCounty"));
            Assert.That(scenario.State.EscalatedToCounty, Is.True);
            Assert.That(scenario.State.Jurisdiction, Is.EqualTo("county"));
        });
    }

    [Test]
    public void Triage_CommandRoomJudgesTownshipCategoryOutOfScope_EscalatesToCounty()
    {
        var scenario = CaseScenario.Submitted("petition").Then(Triggers.Register);

        scenario.Then(Triggers.Triage, new CasePayload { Jurisdiction = "county" });

        Assert.That(scenario.State.Position, Is.EqualTo("dispatch.EscalatedToCounty"));
        Assert.That(scenario.State.Jurisdiction, Is.EqualTo("county"));
    }

    [Test]
    public void Triage_UnknownJurisdiction_IsRejectedNamingJurisdiction()
    {
        var decision = CaseScenario.Submitted().Then(Triggers.Register).Try(Triggers.Triage, new CasePayload { Jurisdiction = "province" });

        Assert.That(decision.Problems.Select(p => p.Field), Is.EqualTo(new[] { "jurisdiction" }));
        Assert.That(decision.Events, Is.Empty);
    }

    [TestCase("neighbour-dispute", "governance")]
    [TestCase("water-pollution", "enforcement")]
    [TestCase("tourism-complaint", "market")]
    [TestCase("certificate-request", "services")]
    public void Dispatch_WithoutPlatform_UsesTheCategorysPlatform(string category, string platform)
    {
        var scenario = CaseScenario.AwaitingDispatch(category);

        scenario.Then(Triggers.Dispatch);

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Position, Is.EqualTo("dispatch.AssignedToPlatform"));
            Assert.That(scenario.State.Platform, Is.EqualTo(platform));
            Assert.That(scenario.History[^1].Payload.Platform, Is.EqualTo(platform), "the event records the platform chosen");
            Assert.That(scenario.History[^1].Effects, Is.EqualTo(new[] { "notify.platform" }));
        });
    }

    [Test]
    public void Dispatch_UnknownPlatform_IsRejectedListingPlatforms()
    {
        var decision = CaseScenario.AwaitingDispatch().Try(Triggers.Dispatch, new CasePayload { Platform = "sports" });

        Assert.That(decision.Problems.Select(p => p.Field), Is.EqualTo(new[] { "platform" }));
        Assert.That(decision.Problems[0].Message, Does.Contain("governance").And.Contain("enforcement").And.Contain("market").And.Contain("services"));
    }

    [TestCase("illegal-construction", "demolition-office")]
    [TestCase("drug-clue", "drug-control-office")]
    [TestCase("food-safety", "food-safety-office")]
    [TestCase("social-security", "employment-security-office")]
    public void Assign_WithoutLeadOffice_UsesTheCategorysLeadOffice(string category, string leadOffice)
    {
        var scenario = CaseScenario.AwaitingDispatch(category).Then(Triggers.Dispatch);

        scenario.Then(Triggers.Assign);

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Position, Is.EqualTo("dispatch.AssignedToOffice"));
            Assert.That(scenario.State.LeadOffice, Is.EqualTo(leadOffice));
            Assert.That(scenario.State.CoHandlers, Is.Empty);
            Assert.That(scenario.History[^1].Payload.LeadOffice, Is.EqualTo(leadOffice));
            Assert.That(scenario.History[^1].Effects, Is.EqualTo(new[] { "notify.office" }));
        });
    }

    [Test]
    public void Assign_CaseDispatchedToAnotherPlatform_UsesThatPlatformsLeadOffice()
    {
        var scenario = CaseScenario.AwaitingDispatch("illegal-construction").Then(Triggers.Dispatch, new CasePayload { Platform = "governance" });

        scenario.Then(Triggers.Assign);

        Assert.That(scenario.State.LeadOffice, Is.EqualTo("comprehensive-governance-office"));
    }

    [Test]
    public void Assign_WithCoHandlers_StartsJointHandling()
    {
        var scenario = CaseScenario.AwaitingDispatch("water-pollution").Then(Triggers.Dispatch);

        scenario.Then(Triggers.Assign, new CasePayload { CoHandlers = ["environment-station", "agricultural-enforcement"] });

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Position, Is.EqualTo("dispatch.JointHandling"));
            Assert.That(scenario.State.LeadOffice, Is.EqualTo("five-waters-office"));
            Assert.That(scenario.State.CoHandlers.Select(c => c.Office), Is.EqualTo(new[] { "environment-station", "agricultural-enforcement" }));
            Assert.That(scenario.State.PendingCoHandlers, Is.EqualTo(2));
            Assert.That(scenario.History[^1].Effects, Is.EqualTo(new[] { "notify.office", "joint.start" }));
        });
    }
}
