using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>Each workflow drawn as Mermaid and as Graphviz DOT shows all of its states and triggers, and who may fire each transition.</summary>
public class DiagramTests
{
    private static readonly string[] WorkflowIds = ["receive", "dispatch", "handle", "supervise", "feedback", "assess"];

    [TestCaseSource(nameof(WorkflowIds))]
    public void ToMermaid_EachWorkflow_IsAStateDiagram(string workflow) =>
        Assert.That(RealWorkflows.Definition.Workflows[workflow].ToMermaid(), Does.StartWith("stateDiagram-v2"));

    [TestCaseSource(nameof(WorkflowIds))]
    public void ToMermaid_EachWorkflow_ShowsEveryStateAndTrigger(string workflow)
    {
        var compiled = RealWorkflows.Definition.Workflows[workflow];

        AssertShowsEverything(compiled.ToMermaid(), compiled.Definition);
    }

    [TestCaseSource(nameof(WorkflowIds))]
    public void ToDot_EachWorkflow_ShowsEveryStateAndTrigger(string workflow)
    {
        var compiled = RealWorkflows.Definition.Workflows[workflow];

        AssertShowsEverything(compiled.ToDot(), compiled.Definition);
    }

    [TestCaseSource(nameof(WorkflowIds))]
    public void ToDot_EachWorkflow_IsADirectedGraph(string workflow) =>
        Assert.That(RealWorkflows.Definition.Workflows[workflow].ToDot().TrimStart(), Does.StartWith("digraph"));

    [TestCaseSource(nameof(WorkflowIds))]
    public void ToMermaid_EachWorkflow_LabelsEveryTransitionWithWhoMayFireIt(string workflow)
    {
        var compiled = RealWorkflows.Definition.Workflows[workflow];
        var lines = compiled.ToMermaid().Split('\n').Select(l => l.Trim()).ToList();

        AssertLabelled(compiled.Definition, t => $"{t.From} --> {t.To} : {t.Trigger} [{string.Join(", ", t.By)}]", lines);
    }

    [TestCaseSource(nameof(WorkflowIds))]
    public void ToDot_EachWorkflow_LabelsEveryTransitionWithWhoMayFireIt(string workflow)
    {
        var compiled = RealWorkflows.Definition.Workflows[workflow];
        var lines = compiled.ToDot().Split('\n').Select(l => l.Trim()).ToList();

        AssertLabelled(compiled.Definition, t => $"\"{t.From}\" -> \"{t.To}\" [style=\"solid\", label=\"{t.Trigger} [{string.Join(", ", t.By)}]", lines);
    }

    [Test]
    public void ToMermaid_Dispatch_ShowsWhoMayFireBeforeTheGuard()
    {
        var diagram = RealWorkflows.Definition.Workflows["dispatch"].ToMermaid();

        Assert.That(diagram, Does.Contain("AssignedToPlatform --> Returned : Return [platformCoordinator]\n"));
        Assert.That(diagram, Does.Contain("AssignedToPlatform --> AssignedToOffice : Assign [platformCoordinator] [coHandlers == 0]\n"));
    }

    [Test]
    public void ToMermaid_TransitionsNobodyMayFire_SayNobody()
    {
        var root = JsonNode.Parse(RepositoryFiles.Definition)!.AsObject();
        foreach (var transition in root["workflows"]![4]!["transitions"]!.AsArray())
        {
            transition!.AsObject().Remove("by");
        }

        var feedback = CompiledDefinition.Stored(root.ToJsonString()).Workflows["feedback"];

        Assert.That(feedback.ToMermaid(), Does.Contain("ResultReported --> FedBack : FeedBack [nobody]"));
        Assert.That(feedback.ToDot(), Does.Contain("label=\"FeedBack [nobody]\""));
    }

    private static void AssertLabelled(WorkflowDefinition workflow, Func<TransitionDefinition, string> line, List<string> lines)
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var transition in workflow.Transitions)
            {
                Assert.That(lines, Has.Some.StartsWith(line(transition)), $"{workflow.Id}: no line starts with {line(transition)}");
            }
        }
    }

    private static void AssertShowsEverything(string diagram, WorkflowDefinition workflow)
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var name in workflow.States.Select(s => s.Id).Concat(workflow.Triggers))
            {
                // Whole words: the trigger "Return" must not be found inside the state "Returned".
                Assert.That(diagram, Does.Match($@"\b{Regex.Escape(name)}\b"), $"{workflow.Id}: '{name}' is missing from the diagram");
            }
        }
    }
}
