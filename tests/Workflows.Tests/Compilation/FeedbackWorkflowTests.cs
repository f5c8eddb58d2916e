namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>信息反馈: the result goes to the reporter, who confirms it or disputes it.</summary>
public class FeedbackWorkflowTests
{
    private const string Workflow = "feedback";

    [TestCase("ResultReported", "FeedBack", "", "FedBack")]
    [TestCase("FedBack", "RecordFeedback", "feedback=confirmed", "Confirmed")]
    [TestCase("FedBack", "RecordFeedback", "feedback=disputed", "Disputed")]
    public void Fire_PermittedTrigger_MovesToDeclaredState(string state, string trigger, string facts, string expected) =>
        RealWorkflows.AssertMoves(Workflow, state, trigger, facts, expected);

    [TestCase("ResultReported", "RecordFeedback", "feedback=confirmed")]
    [TestCase("FedBack", "FeedBack", "")]
    [TestCase("Confirmed", "RecordFeedback", "feedback=disputed")]
    [TestCase("Disputed", "FeedBack", "")]
    public void Fire_TriggerNotPermittedInState_IsRefusedNamingTriggerAndState(string state, string trigger, string facts) =>
        RealWorkflows.AssertRefused(Workflow, state, trigger, facts);

    [TestCase("feedback=unclear")]
    [TestCase("")]
    public void Fire_RecordFeedbackNeitherConfirmedNorDisputed_IsRefusedWithBothConditions(string facts)
    {
        var refusal = RealWorkflows.AssertRefused(Workflow, "FedBack", "RecordFeedback", facts);

        Assert.That(refusal, Does.Contain("\"confirmed\"").And.Contain("\"disputed\""));
    }

    [Test]
    public void Fire_TriggerOfAnotherWorkflow_IsRefusedAsUndeclared() =>
        RealWorkflows.AssertUndeclared(Workflow, "FedBack", "Rate");
}
