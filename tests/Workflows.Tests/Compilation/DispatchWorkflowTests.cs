namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>分流交办: command room → platform → office (or joint handling), returns and re-dispatch, and the county 12345 round trip.</summary>
public class DispatchWorkflowTests
{
    private const string Workflow = "dispatch";

    [TestCase("AwaitingDispatch", "Dispatch", "", "AssignedToPlatform")]
    [TestCase("Returned", "Dispatch", "", "AssignedToPlatform")]
    [TestCase("AssignedToPlatform", "Assign", "coHandlers=0", "AssignedToOffice")]
    [TestCase("AssignedToPlatform", "Assign", "coHandlers=2", "JointHandling")]
    [TestCase("AssignedToOffice", "SignFor", "", "SignedFor")]
    [TestCase("JointHandling", "SignFor", "", "SignedFor")]
    [TestCase("AssignedToPlatform", "Return", "", "Returned")]
    [TestCase("AssignedToOffice", "Return", "", "Returned")]
    [TestCase("JointHandling", "Return", "", "Returned")]
    [TestCase("AwaitingDispatch", "EscalateToCounty", "", "EscalatedToCounty")]
    [TestCase("Returned", "EscalateToCounty", "", "EscalatedToCounty")]
    [TestCase("EscalatedToCounty", "CountyAccept", "", "CountyAccepted")]
    [TestCase("CountyAccepted", "CountyAssign", "", "CountyAssigned")]
    [TestCase("CountyAssigned", "CountyAssign", "", "CountyAssigned")]
    [TestCase("CountyAccepted", "CountyProgress", "", "CountyAccepted")]
    [TestCase("CountyAssigned", "CountyProgress", "", "CountyAssigned")]
    [TestCase("CountyAccepted", "CountyUrge", "", "CountyAccepted")]
    [TestCase("CountyAssigned", "CountyUrge", "", "CountyAssigned")]
    [TestCase("CountyAccepted", "CountyResolve", "", "CountyResolved")]
    [TestCase("CountyAssigned", "CountyResolve", "", "CountyResolved")]
    [TestCase("EscalatedToCounty", "CountySendBack", "", "AwaitingDispatch")]
    [TestCase("CountyAccepted", "CountySendBack", "", "AwaitingDispatch")]
    [TestCase("CountyAssigned", "CountySendBack", "", "AwaitingDispatch")]
    [TestCase("AssignedToOffice", "UrgeSignFor", "escalations=0", "AssignedToOffice")]
    [TestCase("JointHandling", "UrgeSignFor", "escalations=0", "JointHandling")]
    [TestCase("AssignedToOffice", "EscalateSignFor", "", "AssignedToOffice")]
    [TestCase("JointHandling", "EscalateSignFor", "escalations=2", "JointHandling")]
    [TestCase("CountyAccepted", "UrgeCounty", "", "CountyAccepted")]
    [TestCase("CountyAssigned", "UrgeCounty", "", "CountyAssigned")]
    public void Fire_PermittedTrigger_MovesToDeclaredState(string state, string trigger, string facts, string expected) =>
        RealWorkflows.AssertMoves(Workflow, state, trigger, facts, expected);

    [TestCase("AwaitingDispatch", "SignFor", "")]
    [TestCase("AssignedToPlatform", "SignFor", "")]
    [TestCase("AwaitingDispatch", "Assign", "coHandlers=0")]
    [TestCase("AwaitingDispatch", "Return", "")]
    [TestCase("AssignedToOffice", "Dispatch", "")]
    [TestCase("EscalatedToCounty", "CountyResolve", "")]
    [TestCase("AssignedToOffice", "CountyAccept", "")]
    [TestCase("SignedFor", "Return", "")]
    [TestCase("CountyResolved", "CountySendBack", "")]
    [TestCase("EscalatedToCounty", "CountyAssign", "")]
    [TestCase("EscalatedToCounty", "CountyProgress", "")]
    [TestCase("EscalatedToCounty", "CountyUrge", "")]
    [TestCase("AwaitingDispatch", "CountyResolve", "")]
    [TestCase("CountyAssigned", "CountyAccept", "")]
    [TestCase("AssignedToPlatform", "UrgeSignFor", "")]
    [TestCase("EscalatedToCounty", "UrgeCounty", "")]
    public void Fire_TriggerNotPermittedInState_IsRefusedNamingTriggerAndState(string state, string trigger, string facts) =>
        RealWorkflows.AssertRefused(Workflow, state, trigger, facts);

    [Test]
    public void Fire_AssignWithCoHandlersUnknown_IsRefusedWithTheCoHandlerConditions()
    {
        var refusal = RealWorkflows.AssertRefused(Workflow, "AssignedToPlatform", "Assign", "");

        Assert.That(refusal, Does.Contain("coHandlers == 0").And.Contain("coHandlers > 0"));
    }

    [Test]
    public void Fire_UrgeSignForOnceTheLadderIsClimbed_IsRefusedSayingSo()
    {
        var refusal = RealWorkflows.AssertRefused(Workflow, "AssignedToOffice", "UrgeSignFor", "escalations=1");

        Assert.That(refusal, Does.Contain("escalations == 0"));
    }

    [Test]
    public void Fire_TriggerOfAnotherWorkflow_IsRefusedAsUndeclared() =>
        RealWorkflows.AssertUndeclared(Workflow, "AssignedToOffice", "Complete");
}
