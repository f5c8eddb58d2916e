using System.Text.Json;
using CaseFlow.Domain.Tests.Cases;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Assessment;

/// <summary>The assessment's facts folded from a history: the same folded at once or in parts (as each append folds its own events).</summary>
public class AssessmentFactsTests
{
    private static CaseScenario Closed() =>
        CaseScenario.FedBack()
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" }, "reporter")
            .Then(Triggers.Rate, new CasePayload { Rating = "basicallySatisfied" }, "reporter");

    [Test]
    public void Then_HistoryFoldedInTwoParts_SameAsFoldedAtOnce()
    {
        var history = Closed().History;
        var whole = Json(AssessmentFacts.None.Then(history));
        for (var split = 0; split <= history.Count; split++)
        {
            var parts = AssessmentFacts.None.Then(history.Take(split)).Then(history.Skip(split));
            Assert.That(Json(parts), Is.EqualTo(whole), $"split after {split} events");
        }
    }

    [Test]
    public void Then_ClosedCase_CountsWhatItsHistorySays()
    {
        var scenario = Closed();
        var facts = AssessmentFacts.None.Then(scenario.History);

        Assert.Multiple(() =>
        {
            Assert.That(facts.Version, Is.EqualTo(scenario.History.Count));
            Assert.That(facts.LatestAt, Is.EqualTo(scenario.History[^1].At));
            Assert.That(facts.Position, Is.EqualTo(scenario.State.Position));
            Assert.That(facts.LeadOffice, Is.EqualTo(scenario.State.LeadOffice));
            Assert.That(facts.AssignmentsDue, Is.EqualTo(1));
            Assert.That(facts.SignedForInTime, Is.EqualTo(1));
            Assert.That(facts.Completions, Is.EqualTo(1));
            Assert.That(facts.CompletedRounds, Has.Count.EqualTo(1));
            Assert.That(facts.ClosedAt, Is.EqualTo(scenario.State.ClosedAt));
            Assert.That(facts.Rating, Is.EqualTo("basicallySatisfied"));
        });
    }

    [Test]
    public void Cover_InstantBeforeLatestEvent_False()
    {
        var history = Closed().History;
        var facts = AssessmentFacts.None.Then(history);

        Assert.Multiple(() =>
        {
            Assert.That(facts.Cover(history[^1].At), Is.True);
            Assert.That(facts.Cover(history[^1].At.AddTicks(-1)), Is.False);
            Assert.That(AssessmentFacts.None.Cover(history[0].At), Is.False, "no events folded: nothing to read");
        });
    }

    [Test]
    public void Assess_FromFactsAndFromHistory_Same()
    {
        var scenario = Closed();
        var asOf = scenario.History[^1].At.AddDays(10);
        var replayed = CaseAssessor.Assess(new CaseRecord(scenario.State, scenario.History), CaseScenario.Definition, asOf);
        var projected = CaseAssessor.Assess(new CaseRecord(scenario.State, []) { Facts = AssessmentFacts.None.Then(scenario.History) }, CaseScenario.Definition, asOf);

        Assert.That(JsonSerializer.Serialize(projected), Is.EqualTo(JsonSerializer.Serialize(replayed)));
    }

    [Test]
    public void Assess_FactsWithoutHistoryReadBeforeLatestEvent_Throws()
    {
        var scenario = Closed();
        var record = new CaseRecord(scenario.State, []) { Facts = AssessmentFacts.None.Then(scenario.History) };

        Assert.That(() => CaseAssessor.Assess(record, CaseScenario.Definition, scenario.History[0].At), Throws.InvalidOperationException.With.Message.Contains("read its history"));
    }

    private static string Json(AssessmentFacts facts) => JsonSerializer.Serialize(facts);
}
