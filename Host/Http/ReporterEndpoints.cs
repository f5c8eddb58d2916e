using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Reporting;

namespace CaseFlow.Host.Http;

/// <summary>
/// The reporter's side of a case, reached with the link issued at submission (no account): where the case stands, and the
/// commands the definition gives the reporter (confirm or dispute the result, rate it). The link's code is the credential: it
/// opens its own case and no other, and the reporter acts as <c>reporter</c>, never as anyone the body names.
/// </summary>
internal static class ReporterEndpoints
{
    /// <summary>The header that may carry the code instead of the link's <c>code</c> query parameter.</summary>
    public const string CodeHeader = "X-Reporter-Code";

    public static void Map(IEndpointRouteBuilder routes)
    {
        // Anonymous by design: the capability in the link authenticates the reporter, for this one case.
        var reporter = routes.MapGroup("/reporter").WithTags("Reporter").AllowAnonymous();
        reporter.MapGet("/{id:guid}", GetAsync).WithMetadata(new AcceptedQuery(["code"]))
            .WithName("GetReporterCase")
            .WithSummary("The reporter's view of their case")
            .WithDescription($"Where the case stands and what the reporter may do, for the code from their link (code= or the {CodeHeader} header); their own data is not shown. This is the link itself: a browser (Accept rating text/html above application/json) gets the reporter's page in Chinese here instead, with forms to confirm, dispute and rate.")
            .Produces<ReporterView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        reporter.MapPost("/{id:guid}/commands/{trigger}", CommandAsync).WithMetadata(new AcceptedQuery(["code"]))
            .WithName("SendReporterCommand")
            .WithSummary("Send a reporter's command")
            .WithDescription("Sends one of the commands the definition gives the reporter now (confirm or dispute the result, rate it), as the reporter. 403 when the code does not open the case or the command is not the reporter's to send now.")
            .WithAcceptedBody<HttpCommand>()
            .Produces<ReporterView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> GetAsync(Guid id, HttpRequest request, CaseService service, DefinitionRegistry definitions)
    {
        if (Refused(id, request, service) is { } refused)
        {
            return refused;
        }

        var shown = await ReporterAccess.LoadAsync(id, service, definitions, request.HttpContext.RequestAborted);
        return shown is null ? Problems.NotFound($"there is no case {id}") : Answer(shown);
    }

    /// <summary>The case as the reporter sees it.</summary>
    private static IResult Answer(ReporterCase shown)
    {
        var (state, definition) = (shown.State, shown.Definition);
        var workflow = definition.Workflows[state.Workflow];
        return Results.Ok(new ReporterView(
            state.Id,
            state.Number,
            state.Title,
            definition.Category(state.Category)?.Name ?? state.Category,
            workflow.Definition.Name,
            workflow.State(state.State).Name,
            state.IsFinal,
            state.SubmittedAt,
            state.HandlingDeadline,
            state.Result,
            shown.May));
    }

    private static async Task<IResult> CommandAsync(Guid id, string trigger, HttpRequest request, CaseService service, DefinitionRegistry definitions)
    {
        if (Refused(id, request, service) is { } refused)
        {
            return refused;
        }

        if (BoundedInput.Problem(("trigger", trigger, "trigger")) is { } unbounded)
        {
            return unbounded;
        }

        var view = await service.GetAsync(id, request.HttpContext.RequestAborted);
        if (view is null)
        {
            return Problems.NotFound($"there is no case {id}");
        }

        var definition = await definitions.GetAsync(view.State.DefinitionVersion, request.HttpContext.RequestAborted);
        var may = ReporterAccess.May(view.State, view.PermittedTriggers, definition);
        var name = may.FirstOrDefault(t => string.Equals(t, trigger, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            return Results.Problem(
                title: "Not permitted",
                detail: may.Count == 0
                    ? $"'{trigger}' is not yours to send now: the case is at {view.State.Position}, where it awaits nothing from you"
                    : $"'{trigger}' is not yours to send now; you may send: {Vocabulary.List(may)}",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var (body, problem) = await JsonBody.ReadAsync<HttpCommand>(request);
        if (problem is not null)
        {
            return problem;
        }

        var payload = body!.ToCaseCommand(name, id, Positions.Reporter, ReporterAccess.Identity).Payload;
        var outcome = await ReporterAccess.SendAsync(service, id, name, payload, request.HttpContext.RequestAborted);
        return outcome.Status is CommandStatus.Accepted or CommandStatus.AlreadyApplied
            ? Answer(await ReporterAccess.ShowAsync(await service.AnswerAsync(outcome, request.HttpContext.RequestAborted), service, definitions, request.HttpContext.RequestAborted))
            : Problems.From(outcome);
    }

    /// <summary>A 403 problem unless the request carries the code issued for this case.</summary>
    private static IResult? Refused(Guid id, HttpRequest request, CaseService service)
    {
        var code = request.Headers[CodeHeader].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        return ReporterAccess.Opens(id, code, service)
            ? null
            : Results.Problem(
                title: "Not your case's link",
                detail: $"this needs the code from the link sent to you when case {id} was received (the link's code= part, or the {CodeHeader} header); the code given does not open this case",
                statusCode: StatusCodes.Status403Forbidden);
    }
}
