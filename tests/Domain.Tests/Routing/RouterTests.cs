using CaseFlow.Engine.Routing;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Domain.Tests.Routing;

public class RouterTests
{
    private static CompiledDefinition Definition => WorkflowsFile.Definition;

    [Test]
    public void PlatformsInvolved_NoCoHandlers_IsTheCasesPlatform()
    {
        Assert.That(Router.PlatformsInvolved(Definition, "market", []), Is.EquivalentTo(new[] { "market" }));
    }

    [Test]
    public void PlatformsInvolved_CoHandlersWorkingOnTheCasesPlatform_AddsNothing()
    {
        // justice-office serves both governance and services; on a governance case it co-handles as a governance office.
        var platforms = Router.PlatformsInvolved(Definition, "governance", ["police-station", "justice-office"]);

        Assert.That(platforms, Is.EquivalentTo(new[] { "governance" }));
    }

    [Test]
    public void PlatformsInvolved_CoHandlersFromOtherPlatforms_AddsTheirPlatforms()
    {
        var platforms = Router.PlatformsInvolved(Definition, "enforcement", ["environment-station", "food-safety-office", "police-station"]);

        Assert.That(platforms, Is.EquivalentTo(new[] { "enforcement", "market", "governance" }));
    }

    [Test]
    public void PlatformsInvolved_OfficeServingSeveralOtherPlatforms_AddsItsHomePlatformOnly()
    {
        // governance-centre serves governance first, then services.
        var platforms = Router.PlatformsInvolved(Definition, "market", ["governance-centre"]);

        Assert.That(platforms, Is.EquivalentTo(new[] { "market", "governance" }));
    }

    [Test]
    public void PlatformsInvolved_NotYetDispatched_IsTheCoHandlersPlatforms()
    {
        Assert.That(Router.PlatformsInvolved(Definition, null, ["police-station"]), Is.EquivalentTo(new[] { "governance" }));
    }

    [TestCase("governance", "deputy-secretary")]
    [TestCase("enforcement", "armed-forces-head")]
    [TestCase("market", "deputy-head-economy")]
    [TestCase("services", "deputy-head-services")]
    public void CoordinatingLeader_OnePlatform_IsThatPlatformsCoordinator(string platform, string coordinator)
    {
        Assert.That(Router.CoordinatingLeader(Definition, new SortedSet<string> { platform }), Is.EqualTo(coordinator));
    }

    [Test]
    public void CoordinatingLeader_SeveralPlatforms_IsTheMainLeader()
    {
        var leader = Router.CoordinatingLeader(Definition, new SortedSet<string> { "enforcement", "market" });

        Assert.That(leader, Is.EqualTo("party-secretary"));
    }

    [Test]
    public void CoordinatingLeader_NoPlatform_IsTheCommandRoom()
    {
        Assert.That(Router.CoordinatingLeader(Definition, new SortedSet<string>()), Is.EqualTo("command-room"));
    }

    [Test]
    public void DefaultLeadOffice_CategoryOnItsOwnPlatform_IsTheCategorysLeadOffice()
    {
        Assert.That(Router.DefaultLeadOffice(Definition, "fire-hazard", "governance"), Is.EqualTo("fire-command"));
    }

    [Test]
    public void DefaultLeadOffice_CategoryOnAnotherPlatform_IsThatPlatformsLeadOffice()
    {
        Assert.That(Router.DefaultLeadOffice(Definition, "fire-hazard", "enforcement"), Is.EqualTo("construction-centre"));
    }

    [Test]
    public void DefaultLeadOffice_UnknownPlatform_Throws()
    {
        Assert.That(() => Router.DefaultLeadOffice(Definition, "fire-hazard", "sports"), Throws.ArgumentException.With.Message.Contains("sports"));
    }
}
