namespace CaseFlow.Workflows.Compilation;

/// <summary>A workflow's diagram with one state marked: where a case stands now.</summary>
public static class CaseDiagram
{
    /// <summary>The Mermaid class given to the marked state.</summary>
    public const string CurrentClass = "current";

    /// <summary>The workflow as a Mermaid state diagram with <paramref name="state"/> marked by the class <c>current</c>, and an optional caption as a comment.</summary>
    public static string Mermaid(CompiledWorkflow workflow, string state, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        _ = workflow.State(state);
        var lines = workflow.ToMermaid().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (caption is not null)
        {
            lines.Insert(1, $"\t%% {caption.ReplaceLineEndings(" ")}");
        }

        lines.Add($"\tclassDef {CurrentClass} fill:#ffd54f,stroke:#e65100,stroke-width:3px");
        lines.Add($"\tclass {state} {CurrentClass}");
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The workflow as a Graphviz DOT graph with <paramref name="state"/> filled and bold, and an optional caption as the graph's label.</summary>
    public static string Dot(CompiledWorkflow workflow, string state, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        _ = workflow.State(state);
        var dot = workflow.ToDot().TrimEnd();
        var close = dot.LastIndexOf('}');
        var marking = $"\"{state}\" [style=\"filled,bold\", fillcolor=\"#ffd54f\", penwidth=3];\n"
            + (caption is null ? "" : $"label=\"{caption.Replace("\"", "'", StringComparison.Ordinal).ReplaceLineEndings(" ")}\";\n");
        return dot[..close] + marking + dot[close..] + "\n";
    }
}
