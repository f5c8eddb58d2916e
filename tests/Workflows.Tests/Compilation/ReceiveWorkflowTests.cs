namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>受理: a submitted case is registered, then triaged by jurisdiction, or set aside as invalid or duplicate.</summary>
public class ReceiveWorkflowTests
{
    private const string Workflow = "receive";

    [TestCase("Submitted", "Register", "", "Registered")]
    [TestCase("Registered", "Triage", "jurisdiction=township", "InScope")]
    [TestCase("Registered", "Triage", "jurisdiction=county", "OutOfScope")]
    [TestCase("Submitted", "MarkInvalid", "", "Invalid")]
    [TestCase("Registered", "MarkInvalid", "", "Invalid")]
    [TestCase("Registered", "MarkDuplicate", "", "Duplicate")]
    public void Fire_PermittedTrigger_MovesToDeclaredState(string state, string trigger, string facts, string expected) =>
        RealWorkflows.AssertMoves(Workflow, state, trigger, facts, expected);

    [TestCase("Submitted", "Triage", "jurisdiction=township")]
    [TestCase("Submitted", "MarkDuplicate", "")]
    [TestCase("Registered", "Register", "")]
    [TestCase("InScope", "Triage", "jurisdiction=township")]
    [TestCase("OutOfScope", "MarkInvalid", "")]
    [TestCase("Invalid", "Register", "")]
    [TestCase("Duplicate", "Register", "")]
    public void Fire_TriggerNotPermittedInState_IsRefusedNamingTriggerAndState(string state, string trigger, string facts) =>
        RealWorkflows.AssertRefused(Workflow, state, trigger, facts);

    [TestCase("jurisdiction=city")]
    [TestCase("")]
    public void Fire_TriageWithNoKnownJurisdiction_IsRefusedWithBothConditions(string facts)
    {
        var refusal = RealWorkflows.AssertRefused(Workflow, "Registered", "Triage", facts);

        Assert.That(refusal, Does.Contain("\"township\"").And.Contain("\"county\""));
    }

    [Test]
    public void Fire_TriggerOfAnotherWorkflow_IsRefusedAsUndeclared() =>
        RealWorkflows.AssertUndeclared(Workflow, "Registered", "Dispatch");
}
