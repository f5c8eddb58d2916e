namespace CaseFlow.Host.Http;

/// <summary>A diagram in the format asked for.</summary>
internal static class DiagramResults
{
    public const string MermaidType = "text/plain";
    public const string DotType = "text/vnd.graphviz";

    /// <summary>Mermaid (the default) or Graphviz DOT as text, or 400 for a format we do not draw.</summary>
    public static IResult Text(string? format, Func<string> mermaid, Func<string> dot) => (format ?? "mermaid").ToLowerInvariant() switch
    {
        "mermaid" => Results.Text(mermaid(), "text/plain; charset=utf-8"),
        "dot" => Results.Text(dot(), "text/vnd.graphviz; charset=utf-8"),
        _ => Problems.BadRequest($"format '{format}' is not supported; use mermaid or dot"),
    };
}
