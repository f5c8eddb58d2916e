using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

public class CaseEvolverTests
{
    [Test]
    public void Replay_EmptyHistory_IsNoCase()
    {
        Assert.That(CaseEvolver.Replay([], CaseScenario.Definition), Is.Null);
    }

    [Test]
    public void Replay_EveryPrefixOfAJointCase_ReproducesTheStateAfterThatEvent()
    {
        var scenario = CaseScenario.AwaitingDispatch("water-pollution");
        var states = new List<CaseState>();
        void Step(string trigger, CasePayload? payload = null, string? actor = null)
        {
            scenario.Then(trigger, payload, actor);
            states.Add(scenario.State);
        }

        Step(Triggers.Dispatch);
        Step(Triggers.Assign, new CasePayload { CoHandlers = ["environment-station", "food-safety-office"] });
        Step(Triggers.SignFor, actor: "five-waters-office");
        Step(Triggers.Warn);
        Step(Triggers.ReportCoHandling, new CasePayload { Office = "food-safety-office", Note = "no food business affected" }, "food-safety-office");
        Step(Triggers.ReportCoHandling, new CasePayload { Office = "environment-station", Note = "samples taken" }, "environment-station");
        Step(Triggers.Complete, new CasePayload { Result = "the outlet was sealed" }, "five-waters-office");

        var offset = scenario.History.Count - states.Count;
        Assert.Multiple(() =>
        {
            for (var i = 0; i < states.Count; i++)
            {
                var replayed = CaseEvolver.Replay(scenario.History.Take(offset + i + 1), CaseScenario.Definition);
                Assert.That(replayed, Is.EqualTo(states[i]).UsingPropertiesComparer(), $"after event {offset + i + 1}");
            }
        });
    }

    [Test]
    public void Replay_DisputedThenClosedCase_RebuildsEveryFact()
    {
        var scenario = CaseScenario.FedBack("neighbour-dispute")
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "disputed", Note = "the fence is still there" })
            .Then(Triggers.Dispatch)
            .Then(Triggers.Assign, new CasePayload { LeadOffice = "justice-office" })
            .Then(Triggers.Return, new CasePayload { Reason = "needs mediation first" }, "justice-office")
            .Then(Triggers.Dispatch)
            .Then(Triggers.Assign)
            .Then(Triggers.SignFor, actor: "mediation-committee")
            .Then(Triggers.Complete, new CasePayload { Result = "the fence was moved in the reporter's presence" }, "mediation-committee")
            .Then(Triggers.FeedBack, new CasePayload { Note = "the fence is moved" })
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" })
            .Then(Triggers.Rate, new CasePayload { Rating = "basicallySatisfied" });

        var replayed = CaseEvolver.Replay(scenario.History, CaseScenario.Definition)!;

        Assert.Multiple(() =>
        {
            Assert.That(replayed.Position, Is.EqualTo("assess.Closed"));
            Assert.That(replayed.IsFinal, Is.True);
            Assert.That(replayed.Version, Is.EqualTo(scenario.History.Count));
            Assert.That(replayed.DefinitionVersion, Is.EqualTo(CaseScenario.DefinitionVersion));
            Assert.That(replayed.Reopens, Is.EqualTo(1));
            Assert.That(replayed.Returns, Is.EqualTo(1));
            Assert.That(replayed.Platform, Is.EqualTo("governance"));
            Assert.That(replayed.LeadOffice, Is.EqualTo("mediation-committee"));
            Assert.That(replayed.Result, Is.EqualTo("the fence was moved in the reporter's presence"));
            Assert.That(replayed.Feedback, Is.EqualTo("confirmed"));
            Assert.That(replayed.Rating, Is.EqualTo("basicallySatisfied"));
            Assert.That(replayed.ClosedAt, Is.EqualTo(scenario.History[^1].At));
            Assert.That(replayed.UpdatedAt, Is.EqualTo(scenario.History[^1].At));
            Assert.That(replayed.SubmittedAt, Is.EqualTo(scenario.History[0].At));
            Assert.That(replayed, Is.EqualTo(scenario.State).UsingPropertiesComparer());
        });
    }

    [Test]
    public void Apply_Reopened_ForgetsTheLastRoundsHandling()
    {
        var scenario = CaseScenario.FedBack();

        scenario.Then(Triggers.RecordFeedback, new CasePayload { Feedback = "disputed" });

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Position, Is.EqualTo("dispatch.AwaitingDispatch"));
            Assert.That(scenario.State.Reopens, Is.EqualTo(1));
            Assert.That(scenario.State.Result, Is.Null);
            Assert.That(scenario.State.Feedback, Is.Null);
            Assert.That(scenario.State.LeadOffice, Is.Null);
            Assert.That(scenario.State.SignedForAt, Is.Null);
        });
    }

    [Test]
    public void Apply_Returned_CountsTheReturnAndClearsTheAssignment()
    {
        var scenario = CaseScenario.Assigned("neighbour-dispute", "police-station");

        scenario.Then(Triggers.Return, new CasePayload { Reason = "not a mediation matter" }, "mediation-committee");

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Position, Is.EqualTo("dispatch.Returned"));
            Assert.That(scenario.State.Returns, Is.EqualTo(1));
            Assert.That(scenario.State.LeadOffice, Is.Null);
            Assert.That(scenario.State.CoHandlers, Is.Empty);
        });
    }

    [Test]
    public void Apply_ApprovedExtension_CountsIt()
    {
        var scenario = CaseScenario.SignedFor()
            .Then(Triggers.ReportProgress, new CasePayload { Note = "waiting for a survey" }, "mediation-committee")
            .Then(Triggers.RequestExtension, new CasePayload { Reason = "survey needed", WorkingDays = 5 }, "mediation-committee");

        scenario.Then(Triggers.DecideExtension, new CasePayload { Approved = true }, "deputy-secretary");

        Assert.That(scenario.State.Position, Is.EqualTo("handle.Extended"));
        Assert.That(scenario.State.Extensions, Is.EqualTo(1));
    }
}
