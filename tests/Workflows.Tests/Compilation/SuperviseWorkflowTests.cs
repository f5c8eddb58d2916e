namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>日常督办, beside handling: warned near the deadline, urged, overdue, then up the escalation ladder one rung at a time.</summary>
public class SuperviseWorkflowTests
{
    private const string Workflow = "supervise";

    [TestCase("OnTrack", "Warn", "", "Warned")]
    [TestCase("OnTrack", "Urge", "", "OnTrack")]
    [TestCase("Warned", "Urge", "", "Warned")]
    [TestCase("Overdue", "Urge", "", "Overdue")]
    [TestCase("OnTrack", "MarkOverdue", "", "Overdue")]
    [TestCase("Warned", "MarkOverdue", "", "Overdue")]
    [TestCase("Overdue", "Escalate", "", "EscalatedToCoordinator")]
    [TestCase("EscalatedToCoordinator", "Escalate", "", "EscalatedToDeputySecretary")]
    [TestCase("EscalatedToDeputySecretary", "Escalate", "", "EscalatedToMainLeader")]
    public void Fire_PermittedTrigger_MovesToDeclaredState(string state, string trigger, string facts, string expected) =>
        RealWorkflows.AssertMoves(Workflow, state, trigger, facts, expected);

    [TestCase("OnTrack", "Escalate", "")]
    [TestCase("Warned", "Escalate", "")]
    [TestCase("Warned", "Warn", "")]
    [TestCase("Overdue", "Warn", "")]
    [TestCase("Overdue", "MarkOverdue", "")]
    [TestCase("EscalatedToMainLeader", "Escalate", "")]
    [TestCase("EscalatedToMainLeader", "Urge", "")]
    public void Fire_TriggerNotPermittedInState_IsRefusedNamingTriggerAndState(string state, string trigger, string facts) =>
        RealWorkflows.AssertRefused(Workflow, state, trigger, facts);

    [Test]
    public void Fire_TriggerOfAnotherWorkflow_IsRefusedAsUndeclared() =>
        RealWorkflows.AssertUndeclared(Workflow, "Overdue", "Complete");
}
