using Stateless.Graph;
using Stateless.Reflection;

namespace CaseFlow.Workflows.Compilation;

/// <summary>
/// Stateless's Mermaid and DOT drawings with who may fire each transition after its trigger (<c>Assign [platformCoordinator]</c>,
/// then any guard as Stateless draws it). The machine itself knows nothing of roles, so they are added where a transition's label is made.
/// </summary>
internal static class RoleLabelledGraph
{
    /// <summary>The machine as a Mermaid state diagram; <paramref name="by"/> gives the roles of the transition (from, trigger, to).</summary>
    public static string Mermaid(StateMachineInfo machine, Func<string, string, string, IReadOnlyList<string>> by)
    {
        var graph = new StateGraph(machine);
        return graph.ToGraph(new MermaidStyle(graph, by));
    }

    /// <summary>The machine as a Graphviz DOT graph; <paramref name="by"/> gives the roles of the transition (from, trigger, to).</summary>
    public static string Dot(StateMachineInfo machine, Func<string, string, string, IReadOnlyList<string>> by) =>
        new StateGraph(machine).ToGraph(new DotStyle(by));

    /// <summary>The trigger followed by who may fire it; a transition no role may fire says so.</summary>
    public static string Label(string trigger, IReadOnlyList<string> roles) =>
        $"{trigger} [{(roles.Count == 0 ? "nobody" : string.Join(", ", roles))}]";

    private sealed class MermaidStyle(StateGraph graph, Func<string, string, string, IReadOnlyList<string>> by) : MermaidGraphStyle(graph, null)
    {
        public override string FormatOneTransition(string sourceNodeName, string trigger, IEnumerable<string> actions, string destinationNodeName, IEnumerable<string> guards) =>
            base.FormatOneTransition(sourceNodeName, Label(trigger, by(sourceNodeName, trigger, destinationNodeName)), actions, destinationNodeName, guards);
    }

    private sealed class DotStyle(Func<string, string, string, IReadOnlyList<string>> by) : UmlDotGraphStyle
    {
        public override string FormatOneTransition(string sourceNodeName, string trigger, IEnumerable<string> actions, string destinationNodeName, IEnumerable<string> guards) =>
            base.FormatOneTransition(sourceNodeName, Label(trigger, by(sourceNodeName, trigger, destinationNodeName)), actions, destinationNodeName, guards);
    }
}
