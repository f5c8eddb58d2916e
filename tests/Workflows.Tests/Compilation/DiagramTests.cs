using System.Text.RegularExpressions;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>Each workflow drawn as Mermaid and as Graphviz DOT shows all of its states and triggers.</summary>
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
