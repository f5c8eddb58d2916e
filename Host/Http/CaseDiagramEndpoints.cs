using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Http;

/// <summary>HTTP for one case's diagram: its current workflow on its pinned version, with where it stands marked.</summary>
internal static class CaseDiagramEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/cases/{id:guid}/diagram", DiagramAsync).WithTags("Cases").RequireAuthorization(Identity.CaseFlowPolicies.Read)
            .WithName("GetCaseDiagram")
            .WithSummary("Draw a case's workflow")
            .WithDescription("The case's workflow on its pinned definition version with its state marked, as Mermaid (format=mermaid, the default) or Graphviz DOT (format=dot); workflow= names the supervising workflow to draw that instead.")
            .Produces<string>(StatusCodes.Status200OK, DiagramResults.MermaidType, DiagramResults.DotType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The case's workflow with its state marked; <c>workflow=supervise</c> draws the supervising workflow with its supervision state marked.</summary>
    private static async Task<IResult> DiagramAsync(Guid id, string? format, string? workflow, CaseService service, DefinitionRegistry definitions, CancellationToken cancellationToken)
    {
        if (await service.GetAsync(id, cancellationToken) is not { } view)
        {
            return Problems.NotFound($"there is no case {id}");
        }

        var state = view.State;
        var definition = await definitions.GetAsync(state.DefinitionVersion, cancellationToken);
        var (drawn, marked) = (definition.Workflows[state.Workflow], state.State);
        if (workflow is not null && workflow != state.Workflow)
        {
            if (definition.BesideOf(state.Workflow) is not { } beside || beside.Id != workflow || state.Supervision is null)
            {
                return Problems.BadRequest($"case {id} is in '{state.Workflow}'{(state.Supervision is null ? "" : $" supervised in '{definition.BesideOf(state.Workflow)?.Id}'")}; it can be drawn in that workflow only");
            }

            (drawn, marked) = (beside, state.Supervision);
        }

        var caption = $"case {id} at {drawn.Id}.{marked}{(drawn.Id == state.Workflow && state.Supervision is not null ? $" (supervision {state.Supervision})" : "")}, definition version {state.DefinitionVersion}";
        return DiagramResults.Text(format, () => CaseDiagram.Mermaid(drawn, marked, caption), () => CaseDiagram.Dot(drawn, marked, caption));
    }
}
