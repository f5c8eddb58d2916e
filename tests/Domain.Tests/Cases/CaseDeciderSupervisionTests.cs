using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

public class CaseDeciderSupervisionTests
{
    [Test]
    public void SignFor_EntersHandle_StartsSupervisionOnTrackAndTheClock()
    {
        var scenario = CaseScenario.Assigned();

        scenario.Then(Triggers.SignFor, actor: "mediation-committee");

        var e = scenario.History[^1];
        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Position, Is.EqualTo("handle.Accepted"));
            Assert.That(scenario.State.Supervision, Is.EqualTo("OnTrack"));
            Assert.That(e.Supervision, Is.EqualTo("OnTrack"));
            Assert.That(e.Effects, Is.EqualTo(new[] { "clock.start" }));
            Assert.That(scenario.State.SignedForAt, Is.EqualTo(e.At));
        });
    }

    [Test]
    public void Decide_BeforeHandle_IsNotSupervised()
    {
        var scenario = CaseScenario.Assigned();

        Assert.That(scenario.History.Select(e => e.Supervision), Is.All.Null);
        Assert.That(scenario.State.Supervision, Is.Null);
    }

    [Test]
    public void Warn_WhileHandled_MovesSupervisionButNotTheCase()
    {
        var scenario = CaseScenario.SignedFor();

        scenario.Then(Triggers.Warn);

        var e = scenario.History[^1];
        Assert.Multiple(() =>
        {
            Assert.That(scenario.State.Position, Is.EqualTo("handle.Accepted"));
            Assert.That(scenario.State.Supervision, Is.EqualTo("Warned"));
            Assert.That(e.Reached, Is.EqualTo("supervise.Warned"));
            Assert.That(e.Effects, Is.EqualTo(new[] { "supervision.warn" }));
        });
    }

    [Test]
    public void ReportProgress_WhileWarned_KeepsTheSupervisionState()
    {
        var scenario = CaseScenario.SignedFor().Then(Triggers.Warn);

        scenario.Then(Triggers.ReportProgress, new CasePayload { Note = "second visit" }, "mediation-committee");

        Assert.That(scenario.State.Position, Is.EqualTo("handle.InProgress"));
        Assert.That(scenario.State.Supervision, Is.EqualTo("Warned"));
    }

    [Test]
    public void Escalate_FromOverdue_ClimbsTheLadderToTheMainLeaderAndStops()
    {
        var scenario = CaseScenario.SignedFor().Then(Triggers.MarkOverdue);
        var rungs = new List<string?>();

        for (var i = 0; i < 3; i++)
        {
            scenario.Then(Triggers.Escalate);
            rungs.Add(scenario.State.Supervision);
        }

        Assert.That(rungs, Is.EqualTo(new[] { "EscalatedToCoordinator", "EscalatedToDeputySecretary", "EscalatedToMainLeader" }));
        Assert.That(scenario.Try(Triggers.Escalate).IsAccepted, Is.False, "there is no rung above the main leader");
    }

    [Test]
    public void Urge_WhileOnTrack_IssuesANoticeAndStaysOnTrack()
    {
        var scenario = CaseScenario.SignedFor();

        scenario.Then(Triggers.Urge, new CasePayload { Note = "please visit today" });

        Assert.That(scenario.State.Supervision, Is.EqualTo("OnTrack"));
        Assert.That(scenario.History[^1].Effects, Is.EqualTo(new[] { "supervision.urge" }));
    }

    [Test]
    public void Complete_LeavingHandle_EndsSupervision()
    {
        var scenario = CaseScenario.SignedFor().Then(Triggers.Warn);

        scenario.Then(Triggers.Complete, new CasePayload { Result = "fence moved" }, "mediation-committee");

        Assert.That(scenario.State.Position, Is.EqualTo("feedback.ResultReported"));
        Assert.That(scenario.State.Supervision, Is.Null);
    }

    [Test]
    public void Return_FromHandle_EndsSupervisionAndRestartsItOnTheNextSignFor()
    {
        var scenario = CaseScenario.SignedFor().Then(Triggers.Urge, new CasePayload { Note = "请抓紧办理" });

        scenario.Then(Triggers.Return, new CasePayload { Reason = "the fence is on county land" }, "mediation-committee");
        var afterReturn = scenario.State;
        scenario.Then(Triggers.Dispatch).Then(Triggers.Assign, new CasePayload { LeadOffice = "justice-office" }).Then(Triggers.SignFor, actor: "justice-office");

        Assert.Multiple(() =>
        {
            Assert.That(afterReturn.Position, Is.EqualTo("dispatch.Returned"));
            Assert.That(afterReturn.Supervision, Is.Null);
            Assert.That(afterReturn.SignedForAt, Is.Null);
            Assert.That(scenario.State.Supervision, Is.EqualTo("OnTrack"), "a new handling round is supervised afresh");
        });
    }

    [TestCase(Triggers.Warn)]
    [TestCase(Triggers.Urge)]
    [TestCase(Triggers.MarkOverdue)]
    [TestCase(Triggers.Escalate)]
    public void SupervisionTrigger_BeforeHandle_IsRefused(string trigger)
    {
        var decision = CaseScenario.Assigned().Try(trigger);

        Assert.Multiple(() =>
        {
            Assert.That(decision.IsAccepted, Is.False);
            Assert.That(decision.Events, Is.Empty);
            Assert.That(decision.Rejection, Does.Contain(trigger).And.Contain("handle").And.Contain("dispatch.AssignedToOffice"));
        });
    }

    [TestCase(Triggers.Warn)]
    [TestCase(Triggers.Urge)]
    [TestCase(Triggers.MarkOverdue)]
    [TestCase(Triggers.Escalate)]
    public void SupervisionTrigger_AfterHandle_IsRefused(string trigger)
    {
        var scenario = CaseScenario.SignedFor().Then(Triggers.Complete, new CasePayload { Result = "fence moved" }, "mediation-committee");

        var decision = scenario.Try(trigger);

        Assert.That(decision.IsAccepted, Is.False);
        Assert.That(decision.Events, Is.Empty);
    }
}
