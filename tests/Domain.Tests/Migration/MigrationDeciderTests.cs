using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Migration;
using CaseFlow.Domain.Tests.Cases;
using CaseFlow.Domain.Tests.Definitions;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Domain.Tests.Migration;

/// <summary>The pure migration decision on cases built with the real definition (as version 3) and edits of it (as version 4).</summary>
public class MigrationDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public void Decide_SupervisionStateTheTargetRenamed_IsRefusedNamingIt()
    {
        var handled = CaseScenario.SignedFor().State;

        var decision = MigrationDecider.Decide(handled, Route(SupervisionRenamed()), "admin-wang", null, Now);

        Assert.That(decision.IsAccepted, Is.False);
        Assert.That(decision.Rejection, Does.Contain("supervision state 'supervise.OnTrack' is not in 'supervise' of version 4"));
    }

    [Test]
    public void Decide_SupervisionStateMapped_CarriesSupervisionOnUnderItsNewName()
    {
        var handled = CaseScenario.SignedFor().State;

        var decision = MigrationDecider.Decide(handled, Route(SupervisionRenamed(), new() { ["supervise.OnTrack"] = "supervise.OnSchedule" }), "admin-wang", "renamed", Now);

        var e = decision.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That((e.From, e.To, e.Supervision, e.Sequence), Is.EqualTo(("handle.Accepted", "handle.Accepted", "OnSchedule", handled.Version + 1)));
            Assert.That(e.Payload.StateMapping, Is.EqualTo(new Dictionary<string, string> { ["handle.Accepted"] = "handle.Accepted", ["supervise.OnTrack"] = "supervise.OnSchedule" }));
            Assert.That(e.Effects, Is.Empty, "a migration causes no effects of its own");
        });
    }

    [Test]
    public void Decide_EndedCase_IsRefused()
    {
        var ended = CaseScenario.Submitted().Then(Triggers.MarkInvalid, new CasePayload { Reason = "非政务事项" }).State;

        var decision = MigrationDecider.Decide(ended, Route(DefinitionText.Real), "admin-wang", null, Now);

        Assert.That(decision.Rejection, Does.Contain("has ended"));
    }

    [Test]
    public void Decide_OfficeHandlingTheCaseRemoved_IsRefusedNamingTheOffice()
    {
        var handled = CaseScenario.SignedFor().State;
        var office = handled.LeadOffice!;
        // Only the decision is under test: the edited definition is compiled without validation (its references to the office would fail it).
        var real = CaseScenario.Definition.Definition;
        var edited = real with { Organisation = real.Organisation with { Offices = real.Organisation.Offices.Where(o => o.Id != office).ToList() } };
        var target = CompiledDefinition.From(new Workflows.Loading.DefinitionLoadResult { Definition = edited }, "edit");
        var route = new MigrationRoute(CaseScenario.DefinitionVersion, CaseScenario.Definition, 4, target, new Dictionary<string, string>());

        var decision = MigrationDecider.Decide(handled, route, "admin-wang", null, Now);

        Assert.That(decision.Rejection, Does.Contain($"the office handling it, '{office}', is not in version 4"));
    }

    [TestCase("handle.Accepted", "receive.Invalid", "is a final state")]
    [TestCase("handle.Accepted", "supervise.Warned", "is a supervision state")]
    [TestCase("handle.Accepted", "handle.Completed", "hands cases on")]
    [TestCase("handle.Nowhere", "handle.Accepted", "is not a state of version 3")]
    [TestCase("handle.Accepted", "handel.Accepted", "there is no workflow 'handel'")]
    [TestCase("handle", "handle.Accepted", "write it as workflow.state")]
    public void CheckMapping_MappingNoCaseCanFollow_IsAProblemOnThatKey(string from, string to, string expected)
    {
        var problems = MigrationDecider.CheckMapping(Route(DefinitionText.Real, new() { [from] = to }));

        Assert.That(problems.Single().Field, Is.EqualTo($"stateMapping.{from}"));
        Assert.That(problems.Single().Message, Does.Contain(expected));
    }

    [Test]
    public void CheckMapping_RenamedStateToItsNewName_IsFine()
    {
        var route = Route(DefinitionText.WithStateRenamed("handle", "InProgress", "Working"), new() { ["handle.InProgress"] = "handle.Working" });

        Assert.That(MigrationDecider.CheckMapping(route), Is.Empty);
    }

    private static string SupervisionRenamed() => DefinitionText.WithStateRenamed("supervise", "OnTrack", "OnSchedule");

    private static MigrationRoute Route(string target, Dictionary<string, string>? mapping = null) =>
        new(CaseScenario.DefinitionVersion, CaseScenario.Definition, 4, CompiledDefinition.Parse(target), mapping ?? []);
}
