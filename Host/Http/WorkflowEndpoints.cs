using CaseFlow.Engine.Definitions;

namespace CaseFlow.Host.Http;

/// <summary>HTTP for definitions: list the workflows and draw one.</summary>
internal static class WorkflowEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var workflows = routes.MapGroup("/workflows").WithTags("Workflows").RequireAuthorization(Identity.CaseFlowPolicies.Read);
        workflows.MapGet("/", List);
        workflows.MapGet("/{id}/diagram", Diagram);
    }

    private static IResult List(DefinitionRegistry definitions)
    {
        var current = definitions.Current;
        return Results.Ok(new
        {
            id = current.Definition.Id,
            version = definitions.CurrentVersion,
            contentHash = current.ContentHash,
            workflows = current.Definition.Workflows.Select(w => new
            {
                w.Id,
                w.Name,
                w.Initial,
                w.RunsBeside,
                states = w.States.Select(s => new { s.Id, s.Name, s.Final, continuesIn = s.ContinuesIn }),
                w.Triggers,
                diagram = $"/workflows/{w.Id}/diagram",
            }),
        });
    }

    private static IResult Diagram(string id, string? format, DefinitionRegistry definitions)
    {
        if (BoundedInput.Problem(("id", id, "workflow")) is { } unbounded)
        {
            return unbounded;
        }

        if (!definitions.Current.Workflows.TryGetValue(id, out var workflow))
        {
            return Problems.NotFound($"there is no workflow '{id}'; workflows are: {string.Join(", ", definitions.Current.Workflows.Keys)}");
        }

        return (format ?? "mermaid").ToLowerInvariant() switch
        {
            "mermaid" => Results.Text(workflow.ToMermaid(), "text/plain; charset=utf-8"),
            "dot" => Results.Text(workflow.ToDot(), "text/vnd.graphviz; charset=utf-8"),
            _ => Problems.BadRequest($"format '{format}' is not supported; use mermaid or dot"),
        };
    }
}
