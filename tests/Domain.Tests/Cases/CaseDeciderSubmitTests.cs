using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

public class CaseDeciderSubmitTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public void Submit_NothingFilledIn_NamesEachMissingField()
    {
        var decision = Submit(CasePayload.Empty);

        Assert.That(decision.Problems.Select(p => p.Field), Is.EquivalentTo(new[] { "clientKey", "category", "description", "channel" }));
    }

    [Test]
    public void Submit_HotlineWithoutReporter_NamesReporter()
    {
        var decision = Submit(CaseScenario.Submission("petition") with { Reporter = null });

        Assert.That(decision.Problems.Select(p => p.Field), Is.EqualTo(new[] { "reporter" }));
        Assert.That(decision.Problems[0].Message, Does.Contain("hotline"));
    }

    [TestCase("grid")]
    [TestCase("inspection")]
    public void Submit_FoundOnPatrolWithoutReporter_IsAccepted(string channel)
    {
        var decision = Submit(CaseScenario.Submission("patrol-violation") with { Channel = channel, Reporter = null });

        Assert.That(decision.Rejection, Is.Null);
    }

    [Test]
    public void Submit_MissingFields_RecordsNothing()
    {
        var decision = Submit(CaseScenario.Submission("petition") with { Description = " " });

        Assert.Multiple(() =>
        {
            Assert.That(decision.IsAccepted, Is.False);
            Assert.That(decision.Events, Is.Empty);
            Assert.That(decision.Rejection, Does.Contain("description"));
        });
    }

    [Test]
    public void Submit_UnknownCategory_ListsEveryValidCategory()
    {
        var decision = Submit(CaseScenario.Submission("stray-dogs"));

        Assert.That(decision.Problems, Has.Count.EqualTo(1));
        var problem = decision.Problems[0];
        Assert.Multiple(() =>
        {
            Assert.That(problem.Field, Is.EqualTo("category"));
            Assert.That(problem.Message, Does.Contain("stray-dogs"));
            foreach (var category in CaseScenario.Definition.Definition.Categories)
            {
                Assert.That(problem.Message, Does.Contain(category.Id));
            }
        });
    }

    [Test]
    public void Submit_UnknownChannel_ListsTheChannels()
    {
        var decision = Submit(CaseScenario.Submission("petition") with { Channel = "wechat" });

        Assert.That(decision.Problems.Single().Field, Is.EqualTo("channel"));
        Assert.That(decision.Problems.Single().Message, Does.Contain("hotline").And.Contain("grid").And.Contain("county12345"));
    }

    [Test]
    public void Submit_GridOutsideTheVillage_IsRejected()
    {
        var decision = Submit(CaseScenario.Submission("petition") with { Village = "village-2", Grid = "grid-1" });

        Assert.That(decision.Problems.Select(p => p.Field), Is.EqualTo(new[] { "grid" }));
    }

    [Test]
    public void Submit_Valid_CreatesCaseInReceiveSubmittedPinnedToTheVersion()
    {
        var caseId = Guid.NewGuid();
        var payload = CaseScenario.Submission("fire-hazard");

        var decision = CaseDecider.Submit(new CaseCommand { Trigger = Triggers.Submit, CaseId = caseId, Actor = "service-hotline", Payload = payload }, CaseScenario.Definition, 7, Now);

        Assert.That(decision.Events, Has.Count.EqualTo(1));
        var e = decision.Events[0];
        var state = CaseEvolver.Apply(null, e, CaseScenario.Definition);
        Assert.Multiple(() =>
        {
            Assert.That(e.Sequence, Is.EqualTo(1));
            Assert.That(e.To, Is.EqualTo("receive.Submitted"));
            Assert.That(e.DefinitionVersion, Is.EqualTo(7));
            Assert.That(e.At, Is.EqualTo(Now));
            Assert.That(state.Id, Is.EqualTo(caseId));
            Assert.That(state.Position, Is.EqualTo("receive.Submitted"));
            Assert.That(state.DefinitionVersion, Is.EqualTo(7));
            Assert.That(state.Version, Is.EqualTo(1));
            Assert.That(state.ClientKey, Is.EqualTo(payload.ClientKey));
            Assert.That(state.Category, Is.EqualTo("fire-hazard"));
            Assert.That(state.Reporter, Is.EqualTo(payload.Reporter));
            Assert.That(state.Jurisdiction, Is.EqualTo("township"));
            Assert.That(state.Priority, Is.EqualTo("normal"));
            Assert.That(state.SubmittedAt, Is.EqualTo(Now));
            Assert.That(state.IsFinal, Is.False);
        });
    }

    [Test]
    public void Submit_CountyCategory_TakesTheCategorysJurisdiction()
    {
        var decision = Submit(CaseScenario.Submission("medical-insurance"));

        Assert.That(decision.Events.Single().Payload.Jurisdiction, Is.EqualTo("county"));
    }

    private static Decision Submit(CasePayload payload) =>
        CaseDecider.Submit(new CaseCommand { Trigger = Triggers.Submit, CaseId = Guid.NewGuid(), Actor = "service-hotline", Payload = payload }, CaseScenario.Definition, 1, Now);
}
