using CaseFlow.Workflows.Tests.Conditions;

namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>The six workflows joined into the closed loop: where each hand-off leads, where cases end, and the effects that tell people.</summary>
public class ClosedLoopTests
{
    [Test]
    public void Entry_RealDefinition_IsReceive() =>
        Assert.That(RealWorkflows.Definition.Entry.Id, Is.EqualTo("receive"));

    [Test]
    public void BesideOf_Handle_IsSupervise() =>
        Assert.That(RealWorkflows.Definition.BesideOf("handle")?.Id, Is.EqualTo("supervise"));

    [TestCase("receive", "InScope", "dispatch", "AwaitingDispatch")]
    [TestCase("receive", "OutOfScope", "dispatch", "EscalatedToCounty")]
    [TestCase("dispatch", "SignedFor", "handle", "Accepted")]
    [TestCase("dispatch", "CountyResolved", "feedback", "ResultReported")]
    [TestCase("handle", "Completed", "feedback", "ResultReported")]
    [TestCase("handle", "Returned", "dispatch", "Returned")]
    [TestCase("feedback", "Confirmed", "assess", "AwaitingRating")]
    [TestCase("feedback", "Disputed", "dispatch", "AwaitingDispatch")]
    public void State_HandOffState_ContinuesInTheNextWorkflowsState(string workflow, string state, string nextWorkflow, string nextState)
    {
        var next = RealWorkflows.Definition.Workflows[workflow].State(state).ContinuesIn;

        Assert.That(next, Is.Not.Null, $"{workflow}.{state} hands nothing on");
        var entered = next!.State ?? RealWorkflows.Definition.Workflows[next.Workflow].Definition.Initial;
        Assert.That($"{next.Workflow}.{entered}", Is.EqualTo($"{nextWorkflow}.{nextState}"));
    }

    [TestCase("receive", "Invalid")]
    [TestCase("receive", "Duplicate")]
    [TestCase("supervise", "EscalatedToMainLeader")]
    [TestCase("assess", "Closed")]
    public void State_WhereACaseEnds_IsFinal(string workflow, string state) =>
        Assert.That(RealWorkflows.Definition.Workflows[workflow].State(state).Final, Is.True);

    [TestCase("receive", "Registered", "Triage", "jurisdiction=county", "county.escalate")]
    [TestCase("dispatch", "AwaitingDispatch", "Dispatch", "", "notify.platform")]
    [TestCase("dispatch", "AssignedToPlatform", "Assign", "coHandlers=0", "notify.office")]
    [TestCase("dispatch", "AssignedToPlatform", "Assign", "coHandlers=2", "joint.start")]
    [TestCase("dispatch", "AssignedToOffice", "SignFor", "", "clock.start")]
    [TestCase("dispatch", "CountyAssigned", "CountyUrge", "", "county.urged")]
    [TestCase("dispatch", "CountyAssigned", "CountyResolve", "", "notify.commandRoom")]
    [TestCase("dispatch", "CountyAssigned", "CountySendBack", "", "county.sentBack")]
    [TestCase("dispatch", "AssignedToOffice", "UrgeSignFor", "escalations=0", "supervision.signForOverdue")]
    [TestCase("dispatch", "JointHandling", "EscalateSignFor", "", "supervision.signForEscalate")]
    [TestCase("dispatch", "CountyAssigned", "UrgeCounty", "", "county.urge")]
    [TestCase("dispatch", "CountyAccepted", "UrgeCounty", "", "supervision.countySilence")]
    [TestCase("handle", "Accepted", "Return", "", "case.returned")]
    [TestCase("handle", "InProgress", "RequestExtension", "", "extension.requested")]
    [TestCase("handle", "InProgress", "Complete", "pendingCoHandlers=0", "notify.commandRoom")]
    [TestCase("supervise", "Overdue", "Escalate", "", "supervision.escalate")]
    [TestCase("feedback", "ResultReported", "FeedBack", "", "notify.reporter")]
    [TestCase("feedback", "FedBack", "RecordFeedback", "feedback=disputed", "case.reopened")]
    [TestCase("assess", "AwaitingRating", "Rate", "rating=satisfied", "case.closed")]
    public void Fire_StepOfTheLoop_CarriesItsEffect(string workflow, string state, string trigger, string facts, string effect)
    {
        var outcome = RealWorkflows.Definition.Workflows[workflow].Fire(state, trigger, DictionaryFacts.Parse(facts));

        Assert.That(outcome.Transition?.Effects, Does.Contain(effect), outcome.Refusal);
    }
}
