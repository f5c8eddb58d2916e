namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>执行处置: signed for, in progress, extension requested and decided, completed once every co-handler has reported.</summary>
public class HandleWorkflowTests
{
    private const string Workflow = "handle";

    [TestCase("Accepted", "ReportProgress", "", "InProgress")]
    [TestCase("InProgress", "ReportProgress", "", "InProgress")]
    [TestCase("Extended", "ReportProgress", "", "InProgress")]
    [TestCase("Accepted", "ReportCoHandling", "pendingCoHandlers=1", "Accepted")]
    [TestCase("InProgress", "ReportCoHandling", "pendingCoHandlers=2", "InProgress")]
    [TestCase("Extended", "ReportCoHandling", "pendingCoHandlers=1", "Extended")]
    [TestCase("Accepted", "Complete", "pendingCoHandlers=0", "Completed")]
    [TestCase("InProgress", "Complete", "pendingCoHandlers=0", "Completed")]
    [TestCase("Extended", "Complete", "pendingCoHandlers=0", "Completed")]
    [TestCase("Accepted", "Return", "", "Returned")]
    [TestCase("InProgress", "RequestExtension", "", "ExtensionRequested")]
    [TestCase("ExtensionRequested", "DecideExtension", "extensionApproved=true", "Extended")]
    [TestCase("ExtensionRequested", "DecideExtension", "extensionApproved=false", "InProgress")]
    public void Fire_PermittedTrigger_MovesToDeclaredState(string state, string trigger, string facts, string expected) =>
        RealWorkflows.AssertMoves(Workflow, state, trigger, facts, expected);

    [TestCase("Accepted", "RequestExtension", "")]
    [TestCase("ExtensionRequested", "Complete", "pendingCoHandlers=0")]
    [TestCase("ExtensionRequested", "RequestExtension", "")]
    [TestCase("InProgress", "DecideExtension", "extensionApproved=true")]
    [TestCase("InProgress", "Return", "")]
    [TestCase("Completed", "ReportProgress", "")]
    [TestCase("Returned", "ReportProgress", "")]
    public void Fire_TriggerNotPermittedInState_IsRefusedNamingTriggerAndState(string state, string trigger, string facts) =>
        RealWorkflows.AssertRefused(Workflow, state, trigger, facts);

    [TestCase("Accepted", "Complete", "pendingCoHandlers=1", "pendingCoHandlers == 0")]
    [TestCase("InProgress", "Complete", "pendingCoHandlers=1", "pendingCoHandlers == 0")]
    [TestCase("InProgress", "ReportCoHandling", "pendingCoHandlers=0", "pendingCoHandlers > 0")]
    [TestCase("ExtensionRequested", "DecideExtension", "", "extensionApproved == true")]
    public void Fire_GuardNotMet_IsRefusedWithTheUnmetCondition(string state, string trigger, string facts, string condition)
    {
        var refusal = RealWorkflows.AssertRefused(Workflow, state, trigger, facts);

        Assert.That(refusal, Does.Contain(condition));
    }

    [Test]
    public void Fire_TriggerOfAnotherWorkflow_IsRefusedAsUndeclared() =>
        RealWorkflows.AssertUndeclared(Workflow, "Accepted", "SignFor");
}
