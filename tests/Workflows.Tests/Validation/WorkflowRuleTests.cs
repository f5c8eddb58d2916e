using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Workflow references on a broken copy of the real file: states, triggers, workflows and effects must all be declared.</summary>
public class WorkflowRuleTests
{
    private static readonly string[] HandleStates = ["Accepted", "InProgress", "ExtensionRequested", "Extended", "Completed", "Returned"];
    private static readonly string[] DispatchTriggers =
    [
        "Dispatch", "EscalateToCounty", "Assign", "Return", "SignFor", "CountyAccept", "CountyAssign", "CountyProgress", "CountyUrge",
        "CountyResolve", "CountySendBack", "UrgeSignFor", "EscalateSignFor", "UrgeCounty",
    ];

    private static readonly string[] Workflows = ["receive", "dispatch", "handle", "supervise", "feedback", "assess"];

    [Test]
    public void Parse_TransitionToUnknownState_ReportsItAndListsTheWorkflowsStates()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(2)["transitions"]![1]!["to"] = "Finished");

        result.ErrorAt("$.workflows[2].transitions[1].to", "'Finished'").Names(["handle", .. HandleStates]);
    }

    [Test]
    public void Parse_TransitionFromUnknownState_ReportsItAndListsTheWorkflowsStates()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(1)["transitions"]![6]!["from"]![0] = "Assigned");

        result.ErrorAt("$.workflows[1].transitions[6].from[0]", "'Assigned'").Names("dispatch", "AssignedToOffice", "JointHandling", "AwaitingDispatch");
    }

    [Test]
    public void Parse_UnknownInitialState_ReportsItAndListsTheWorkflowsStates()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(5)["initial"] = "Waiting");

        result.ErrorAt("$.workflows[5].initial", "'Waiting'").Names("assess", "AwaitingRating", "Closed");
    }

    [Test]
    public void Parse_ContinuationIntoUnknownState_ReportsItAndListsTheTargetWorkflowsStates()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(0)["states"]![3]!["continuesIn"]!["state"] = "County");

        result.ErrorAt("$.workflows[0].states[3].continuesIn.state", "'County'").Names("dispatch", "EscalatedToCounty", "CountyAccepted");
    }

    [Test]
    public void Parse_TriggerListMissingATriggerTheTransitionsUse_ReportsItAndSaysTheListMayGo()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(5)["triggers"] = new JsonArray("Rate", "RecordCallback"));

        result.ErrorAt("$.workflows[5].triggers", "FlagCallbackOverdue").Names("'assess'", "leave 'triggers' out");
    }

    [Test]
    public void Parse_TriggerListNamingATriggerNoTransitionUses_ReportsItAtItsIndex()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(5)["triggers"] = new JsonArray("Rate", "Sign", "RecordCallback", "FlagCallbackOverdue"));

        result.ErrorAt("$.workflows[5].triggers[1]", "'Sign'").Names("no transition", "Rate, RecordCallback");
    }

    [Test]
    public void Parse_TriggerListNamingExactlyTheTransitionsTriggers_IsValid()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(5)["triggers"] = new JsonArray("FlagCallbackOverdue", "Rate", "RecordCallback"));

        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void Parse_NoTriggerList_DerivesTheTriggersFromTheTransitionsInTheirOrder()
    {
        var result = BrokenDefinition.Load(_ => { });

        Assert.That(result.Definition!.Workflows[1].Triggers, Is.EqualTo(DispatchTriggers));
    }

    [Test]
    public void Parse_UnknownEntryWorkflow_ReportsItAndListsDeclaredWorkflows()
    {
        var result = BrokenDefinition.Load(root => root["entryWorkflow"] = "intake");

        result.ErrorAt("$.entryWorkflow", "'intake'").Names(Workflows);
    }

    [Test]
    public void Parse_ContinuationIntoUnknownWorkflow_ReportsItAndListsDeclaredWorkflows()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(2)["states"]![4]!["continuesIn"]!["workflow"] = "review");

        result.ErrorAt("$.workflows[2].states[4].continuesIn.workflow", "'review'").Names(Workflows);
    }

    [Test]
    public void Parse_RunsBesideUnknownWorkflow_ReportsItAndListsTheOtherWorkflows()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(3)["runsBeside"] = "handling");

        result.ErrorAt("$.workflows[3].runsBeside", "'handling'").Names("handle", "receive", "assess");
    }

    [Test]
    public void Parse_RunsBesideItself_ReportsIt()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(3)["runsBeside"] = "supervise");

        result.ErrorAt("$.workflows[3].runsBeside", "'supervise'").Names("another workflow", "handle");
    }

    [Test]
    public void Parse_UnknownEffect_ReportsItAndListsTheCatalogue()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(1)["transitions"]![6]!["effects"]![0] = "clock.begin");

        result.ErrorAt("$.workflows[1].transitions[6].effects[0]", "'clock.begin'").Names([.. Catalogue.Effects.Keys]);
    }

    [Test]
    public void Parse_SecondWorkflowBesideTheSameOne_ReportsItAndNamesTheFirst()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(4)["runsBeside"] = "handle");

        result.ErrorAt("$.workflows[4].runsBeside", "already runs beside 'handle'").Names("'supervise'", "'feedback'", "one position");
    }
}
