using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

public class CaseDeciderPermissionTests
{
    private static IEnumerable<string> EveryTrigger =>
        CaseScenario.Definition.Workflows.Values.SelectMany(w => w.Definition.Triggers).Distinct().Order(StringComparer.Ordinal);

    [Test]
    public void Decide_TriggerOfAnotherWorkflow_NamesTriggerStateAndWhatIsPermitted()
    {
        var scenario = CaseScenario.Submitted();

        var decision = scenario.Try(Triggers.Complete, new CasePayload { Result = "done" });

        Assert.Multiple(() =>
        {
            Assert.That(decision.IsAccepted, Is.False);
            Assert.That(decision.Events, Is.Empty);
            Assert.That(decision.Rejection, Does.Contain("Complete"));
            Assert.That(decision.Rejection, Does.Contain("receive.Submitted"));
            Assert.That(decision.Rejection, Does.Contain("permitted now: MarkInvalid, Register"));
        });
    }

    [Test]
    public void Decide_TriggerOfTheWorkflowNotPermittedInItsState_NamesTriggerStateAndWhatIsPermitted()
    {
        var scenario = CaseScenario.AwaitingDispatch();

        var decision = scenario.Try(Triggers.SignFor, actor: "mediation-committee");

        Assert.Multiple(() =>
        {
            Assert.That(decision.IsAccepted, Is.False);
            Assert.That(decision.Events, Is.Empty);
            Assert.That(decision.Rejection, Does.Contain("SignFor"));
            Assert.That(decision.Rejection, Does.Contain("dispatch.AwaitingDispatch"));
            Assert.That(decision.Rejection, Does.Contain("Dispatch, EscalateToCounty"));
        });
    }

    [Test]
    public void Decide_GuardNotMet_SaysWhichConditionFailed()
    {
        var scenario = CaseScenario.SignedFor("neighbour-dispute", "police-station");

        var decision = scenario.Try(Triggers.Complete, new CasePayload { Result = "fence moved" }, "mediation-committee");

        Assert.Multiple(() =>
        {
            Assert.That(decision.IsAccepted, Is.False);
            Assert.That(decision.Events, Is.Empty);
            Assert.That(decision.Rejection, Does.Contain("Complete").And.Contain("handle.Accepted").And.Contain("pendingCoHandlers"));
        });
    }

    [Test]
    public void Decide_Rejected_LeavesTheCaseAsItWas()
    {
        var scenario = CaseScenario.AwaitingDispatch();
        var before = scenario.State;

        scenario.Try(Triggers.SignFor);

        Assert.That(scenario.State, Is.SameAs(before));
        Assert.That(scenario.History, Has.Count.EqualTo(3));
    }

    [Test]
    public void Decide_SubmitOnAnExistingCase_IsRejected()
    {
        var decision = CaseScenario.Submitted().Try(Triggers.Submit, CaseScenario.Submission("petition"));

        Assert.That(decision.IsAccepted, Is.False);
        Assert.That(decision.Events, Is.Empty);
    }

    /// <summary>Every trigger but the callback survey's, which a closed case takes (When_a_closed_case_is_called_back).</summary>
    private static IEnumerable<string> EveryTriggerOfTheLoop =>
        EveryTrigger.Where(t => t is not (Triggers.RecordCallback or Triggers.FlagCallbackOverdue));

    [TestCaseSource(nameof(EveryTriggerOfTheLoop))]
    public void Decide_ClosedCase_RefusesEveryTriggerOfTheLoop(string trigger)
    {
        var scenario = CaseScenario.FedBack()
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" })
            .Then(Triggers.Rate, new CasePayload { Rating = "satisfied" });

        var decision = scenario.Try(trigger, new CasePayload { Reason = "any", Result = "any", Rating = "satisfied", Feedback = "disputed", Note = "any" });

        Assert.Multiple(() =>
        {
            Assert.That(decision.IsAccepted, Is.False);
            Assert.That(decision.Events, Is.Empty);
            Assert.That(decision.Rejection, Does.Contain("assess.Closed"));
        });
    }

    [Test]
    public void Decide_InvalidCase_IsFinalAndRefusesRegister()
    {
        var scenario = CaseScenario.Submitted().Then(Triggers.MarkInvalid, new CasePayload { Reason = "a private debt, not a government matter" });

        var decision = scenario.Try(Triggers.Register);

        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Position, Is.EqualTo("receive.Invalid"));
            Assert.That(scenario.State.IsFinal, Is.True);
            Assert.That(decision.IsAccepted, Is.False);
            Assert.That(decision.Events, Is.Empty);
        });
    }

    [Test]
    public void PermittedTriggers_ClosedCase_IsOnlyTheCallbackSurvey()
    {
        var scenario = CaseScenario.FedBack()
            .Then(Triggers.RecordFeedback, new CasePayload { Feedback = "confirmed" })
            .Then(Triggers.Rate, new CasePayload { Rating = "basicallySatisfied" });

        Assert.That(CaseDecider.PermittedTriggers(scenario.State, CaseScenario.Definition), Is.EquivalentTo(new[] { Triggers.RecordCallback, Triggers.FlagCallbackOverdue }));
    }

    [Test]
    public void PermittedTriggers_WhileHandled_IncludesSupervision()
    {
        var scenario = CaseScenario.SignedFor();

        var permitted = CaseDecider.PermittedTriggers(scenario.State, CaseScenario.Definition);

        Assert.That(permitted, Is.EquivalentTo(new[] { "Complete", "ReportProgress", "Return", "MarkOverdue", "Urge", "Warn" }));
    }
}
