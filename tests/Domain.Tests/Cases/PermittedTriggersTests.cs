using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

public sealed class PermittedTriggersTests
{
    [Test]
    public void PermittedTriggers_FedBack_ListsTheReportersReplyWhoseDataDecidesTheWay()
    {
        var fedBack = CaseScenario.Assigned().Then(Triggers.SignFor).Then(Triggers.Complete, new CasePayload { Result = "已调解" })
            .Then(Triggers.FeedBack, new CasePayload { Note = "已调解，请确认" });

        Assert.That(CaseDecider.PermittedTriggers(fedBack.State, CaseScenario.Definition), Is.EquivalentTo(new[] { Triggers.RecordFeedback }));
    }

    [Test]
    public void PermittedTriggers_ExtensionRequested_ListsTheDecisionAndTheSupervisionTriggers()
    {
        var requested = CaseScenario.Assigned().Then(Triggers.SignFor).Then(Triggers.ReportProgress)
            .Then(Triggers.RequestExtension, new CasePayload { WorkingDays = 2, Reason = "等待鉴定" });

        var permitted = CaseDecider.PermittedTriggers(requested.State, CaseScenario.Definition);

        Assert.That(permitted, Does.Contain(Triggers.DecideExtension).And.Contain(Triggers.Urge));
        Assert.That(permitted, Does.Not.Contain(Triggers.Complete));
    }
}
