using System.Xml.Linq;
using CaseFlow.Host.Workbench.Diagrams;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Tests.Workbench.Diagrams;

public sealed class StateDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly CompiledDefinition Definition = CompiledDefinition.LoadFile(CaseFlowFactory.DefinitionPath());

    private static IEnumerable<string> WorkflowIds() => Definition.Definition.Workflows.Select(w => w.Id);

    [TestCaseSource(nameof(WorkflowIds))]
    public void Render_EveryWorkflow_DrawsEveryStateOnceAndEveryTransitionAsAnArrow(string id)
    {
        var workflow = Definition.Definition.Workflows.Single(w => w.Id == id);
        var svg = XElement.Parse(StateDiagram.Render(workflow, null, s => "name of " + s, t => "label of " + t));

        var states = svg.Descendants(Svg + "g").Select(g => (string?)g.Attribute("data-state")).ToList();
        Assert.That(states, Is.EquivalentTo(workflow.States.Select(s => s.Id)));
        var pairs = workflow.Transitions.Select(t => (t.From, t.To)).Distinct().Count();
        Assert.That(svg.Descendants(Svg + "path").Count(p => p.Attribute("marker-end") is not null), Is.EqualTo(pairs));
        var labels = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.That(workflow.Transitions.Select(t => "label of " + t.Trigger).Distinct().Where(l => !labels.Any(x => x.Contains(l, StringComparison.Ordinal))), Is.Empty, "every trigger is written on its arrow");
    }

    [Test]
    public void Render_WithACurrentState_MarksThatStateOnlyByMoreThanColour()
    {
        var workflow = Definition.Definition.Workflows.Single(w => w.Id == Definition.Definition.EntryWorkflow);
        var current = workflow.States[1].Id;
        var svg = XElement.Parse(StateDiagram.Render(workflow, current, s => "name of " + s, t => t));

        var marked = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("aria-current") == "step").ToList();
        Assert.That(marked.Select(g => (string?)g.Attribute("data-state")), Is.EqualTo(new[] { current }));
        Assert.That(marked[0].Descendants(Svg + "text").Single().Value, Is.EqualTo("● name of " + current));
        Assert.That(svg.Element(Svg + "title")!.Value, Does.EndWith("● name of " + current), "the title says where the case stands");
    }

    [Test]
    public void Render_AnyWorkflow_IsAnAccessibleImageWithATextDescription()
    {
        var workflow = Definition.Definition.Workflows[0];
        var svg = XElement.Parse(StateDiagram.Render(workflow, null, s => s, t => t));

        Assert.That((string?)svg.Attribute("role"), Is.EqualTo("img"));
        var described = ((string?)svg.Attribute("aria-labelledby"))!.Split(' ');
        Assert.That(described.Select(id => svg.Descendants().Any(e => (string?)e.Attribute("id") == id)), Is.All.True);
        var first = workflow.Transitions[0];
        Assert.That(svg.Element(Svg + "desc")!.Value, Does.Contain($"{first.From} → {first.To}: {first.Trigger}"));
    }

    [Test]
    public void Render_NamesWithMarkup_AreWrittenAsText()
    {
        var workflow = Definition.Definition.Workflows[0];
        var svg = StateDiagram.Render(workflow, null, s => "<script>" + s, t => t);

        Assert.That(svg, Does.Not.Contain("<script>"));
        Assert.That(XElement.Parse(svg).Descendants(Svg + "g").First().Descendants(Svg + "text").Single().Value, Does.StartWith("<script>"));
    }
}
