using CaseFlow.Engine.Definitions;

namespace CaseFlow.Host.Http;

/// <summary>HTTP for definitions: list the workflows and draw one.</summary>
internal static class WorkflowEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var workflows = routes.MapGroup("/workflows").WithTags("Workflows").RequireAuthorization(Identity.CaseFlowPolicies.Read);
        workflows.MapGet("/", List)
            .WithName("ListWorkflows")
            .WithSummary("List the workflows")
            .WithDescription("The current definition's workflows: their states, triggers, and where each is drawn.")
            .Produces<WorkflowList>();
        workflows.MapGet("/{id}/diagram", Diagram)
            .WithName("GetWorkflowDiagram")
            .WithSummary("Draw a workflow")
            .WithDescription("A workflow of the current definition as Mermaid (format=mermaid, the default) or Graphviz DOT (format=dot).")
            .Produces<string>(StatusCodes.Status200OK, DiagramResults.MermaidType, DiagramResults.DotType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult List(DefinitionRegistry definitions)
    {
        var current = definitions.Current;
        return Results.Ok(new WorkflowList(
            current.Definition.Id,
            definitions.CurrentVersion,
            current.ContentHash,
            [.. current.Definition.Workflows.Select(w => new WorkflowSummary(
                w.Id,
                w.Name,
                w.Initial,
                w.RunsBeside,
                [.. w.States.Select(s => new WorkflowStateSummary(s.Id, s.Name, s.Final, s.ContinuesIn))],
                w.Triggers,
                $"/workflows/{w.Id}/diagram"))]));
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
