namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>督查考核: the reporter's satisfaction rating closes the case, whatever the rating.</summary>
public class AssessWorkflowTests
{
    private const string Workflow = "assess";

    [TestCase("AwaitingRating", "Rate", "rating=satisfied", "Closed")]
    [TestCase("AwaitingRating", "Rate", "rating=basicallySatisfied", "Closed")]
    [TestCase("AwaitingRating", "Rate", "rating=dissatisfied", "Closed")]
    public void Fire_PermittedTrigger_MovesToDeclaredState(string state, string trigger, string facts, string expected) =>
        RealWorkflows.AssertMoves(Workflow, state, trigger, facts, expected);

    [TestCase("Closed", "Rate", "rating=satisfied")]
    public void Fire_TriggerNotPermittedInState_IsRefusedNamingTriggerAndState(string state, string trigger, string facts) =>
        RealWorkflows.AssertRefused(Workflow, state, trigger, facts);

    [Test]
    public void Fire_ReopenOnAClosedCase_IsRefusedAsUndeclared() =>
        RealWorkflows.AssertUndeclared(Workflow, "Closed", "Reopen");
}
