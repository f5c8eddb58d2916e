using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>A workflow drawn with the state a case is in marked.</summary>
public class CaseDiagramTests
{
    private static CompiledWorkflow Handle => RealWorkflows.Definition.Workflows["handle"];

    [Test]
    public void Mermaid_MarksTheStateWithTheCurrentClass()
    {
        var diagram = CaseDiagram.Mermaid(Handle, "InProgress", "case 42 at handle.InProgress");
        var lines = diagram.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("stateDiagram-v2"));
            Assert.That(lines[1], Is.EqualTo("%% case 42 at handle.InProgress"));
            Assert.That(lines, Does.Contain("class InProgress current"));
            Assert.That(lines.Count(l => l.StartsWith("classDef current ", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(lines.Count(l => l.StartsWith("class ", StringComparison.Ordinal)), Is.EqualTo(1), "only one state is marked");
            Assert.That(diagram, Does.Contain("InProgress --> ExtensionRequested : RequestExtension [leadOffice]"), "the workflow itself is drawn as before");
        });
    }

    [Test]
    public void Dot_FillsTheStateInsideTheGraph()
    {
        var diagram = CaseDiagram.Dot(Handle, "Accepted").TrimEnd();

        Assert.Multiple(() =>
        {
            Assert.That(diagram, Does.StartWith("digraph"));
            Assert.That(diagram, Does.Contain("\"Accepted\" [style=\"filled,bold\""));
            Assert.That(diagram, Does.EndWith("}"));
            Assert.That(diagram, Does.Contain("\"ExtensionRequested\" -> \"Extended\" [style=\"solid\", label=\"DecideExtension [platformCoordinator] [extensionApproved == true]\"]"));
            Assert.That(diagram.IndexOf("fillcolor", StringComparison.Ordinal), Is.LessThan(diagram.LastIndexOf('}')));
        });
    }

    [Test]
    public void Mermaid_StateTheWorkflowDoesNotHave_Throws()
    {
        Assert.That(() => CaseDiagram.Mermaid(Handle, "Nowhere"), Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("Nowhere"));
    }
}
