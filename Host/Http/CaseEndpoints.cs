using CaseFlow.Contracts.Commands;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Identity;
using CaseFlow.Host.Privacy;

namespace CaseFlow.Host.Http;

/// <summary>
/// HTTP for cases: submit, send a command, read one, list them. Who acts is the authenticated caller in one of its positions
/// (<see cref="ActingPosition"/>), never a name from the body.
/// </summary>
internal static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", SubmitAsync)
            .WithName("SubmitCase")
            .WithSummary("Submit a case")
            .WithDescription("Receives a case from a platform, in one of the caller's positions (the body's actor or the X-Acting-As header when it holds several). 201 with the new case; 200 with the case already received under the same clientKey.")
            .WithAcceptedBody<SubmitCase>()
            .Produces<CaseSummary>(StatusCodes.Status201Created)
            .Produces<CaseSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        cases.MapGet("/", ListAsync).RequireAuthorization(CaseFlowPolicies.Read).WithMetadata(new AcceptedQuery(CaseListQuery.Parameters))
            .WithName("ListCases")
            .WithSummary("List cases")
            .WithDescription("Summaries of the cases the filters let through, latest update first. Filters: workflow, state (several, or comma-separated; a bare state or workflow.State), platform, office, supervision, overdue, countyStatus, village, grid, from and to (submitted), final. A parameter the list does not take is refused. The next page is in the Link header.")
            .Produces<IReadOnlyList<CaseSummary>>()
            .ProducesValidationProblem();
        cases.MapGet("/{id:guid}", GetAsync).RequireAuthorization(CaseFlowPolicies.Read)
            .WithName("GetCase")
            .WithSummary("Read a case")
            .WithDescription("The case, the commands it takes now, its timers and history. The reporter's personal data is masked unless an auditor asks (personalData=true) and states why in the X-Disclosure-Reason header; the X-Personal-Data response header says which.")
            .Produces<CaseDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPost("/{id:guid}/commands/{trigger}", CommandAsync)
            .WithName("SendCommand")
            .WithSummary("Send a command to a case")
            .WithDescription("Fires the trigger (its name in the definition, any case) with whichever fields it needs, in one of the caller's positions. 403 when the definition does not let that position send it, 400 with field errors when its data is wrong, 409 when the case's state does not permit it.")
            .WithAcceptedBody<HttpCommand>()
            .Produces<CaseDetail>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, CaseService service, DefinitionRegistry definitions, TimeProvider time)
    {
        var (submission, problem) = await JsonBody.ReadAsync<SubmitCase>(request);
        if (problem is not null)
        {
            return problem;
        }

        var (caller, position, refusal) = Acting(request, submission!.Actor, definitions);
        if (refusal is not null)
        {
            return refusal;
        }

        var command = CommandMapper.ToCaseCommand(submission, Guid.CreateVersion7(time.GetUtcNow())) with { Actor = position!.Id, Identity = caller!.Identity };
        var outcome = await service.SubmitAsync(command, request.HttpContext.RequestAborted);
        return outcome.Status switch
        {
            CommandStatus.Accepted => Results.Created($"/cases/{outcome.State!.Id}", CaseResponse.Summary(outcome.State)),
            CommandStatus.AlreadySubmitted => Results.Ok(CaseResponse.Summary(outcome.State!)),
            _ => Problems.From(outcome),
        };
    }

    private static async Task<IResult> CommandAsync(Guid id, string trigger, HttpRequest request, CaseService service, TriggerNames names, DefinitionRegistry definitions)
    {
        if (BoundedInput.Problem(("trigger", trigger, "trigger")) is { } unbounded)
        {
            return unbounded;
        }

        var resolved = await names.ResolveAsync(id, trigger, request.HttpContext.RequestAborted);
        if (resolved.Name is not { } name)
        {
            return Problems.BadRequest(resolved.Refusal!);
        }

        var (body, problem) = await JsonBody.ReadAsync<HttpCommand>(request);
        if (problem is not null)
        {
            return problem;
        }

        var (caller, position, refusal) = Acting(request, body!.Actor, definitions);
        if (refusal is not null)
        {
            return refusal;
        }

        var outcome = await service.ExecuteAsync(body.ToCaseCommand(name, id, position!.Id, caller!.Identity), request.HttpContext.RequestAborted);
        if (outcome.Status is not (CommandStatus.Accepted or CommandStatus.AlreadyApplied))
        {
            return Problems.From(outcome);
        }

        var view = await service.AnswerAsync(outcome, request.HttpContext.RequestAborted);
        return Results.Ok(CaseResponse.Full(await service.PersonalData.ShowAsync(view, disclose: false, request.HttpContext.RequestAborted)));
    }

    /// <summary>The caller and the position it acts in, read against the current organisation, or the problem to answer with.</summary>
    private static (Caller? Caller, Engine.Cases.Position? Position, IResult? Problem) Acting(HttpRequest request, string? actor, DefinitionRegistry definitions)
    {
        // The fallback policy lets no anonymous request reach a write; an anonymous one here is a wiring fault.
        var caller = Caller.From(request.HttpContext.User) ?? throw new InvalidOperationException($"{request.Path} was reached without an authenticated caller");
        var header = request.Headers[ActingPosition.Header].ToString();
        if (BoundedInput.Problem((ActingPosition.Header, header, "actor"), ("actor", actor, "actor"), ("identity", caller.Identity, "identity")) is { } unbounded)
        {
            return (null, null, unbounded);
        }

        var (position, problem) = ActingPosition.Resolve(caller, header, actor, definitions.Current);
        return (caller, position, problem);
    }

    /// <summary>GET /cases/{id}: the reporter's personal data masked, unless an auditor asks (<c>personalData=true</c>) and says why.</summary>
    private static async Task<IResult> GetAsync(Guid id, bool? personalData, HttpContext context, CaseService service)
    {
        var view = await service.GetAsync(id, context.RequestAborted);
        if (view is null)
        {
            return Problems.NotFound($"there is no case {id}");
        }

        var disclose = await PersonalDataGate.DiscloseAsync(context, personalData, "case", caseId: id);
        return Results.Ok(CaseResponse.Full(await service.PersonalData.ShowAsync(view, disclose, context.RequestAborted)));
    }

    /// <summary>
    /// GET /cases?workflow=…&amp;state=…&amp;platform=…&amp;office=…&amp;supervision=…&amp;overdue=…&amp;countyStatus=…&amp;village=…&amp;grid=…&amp;from=…&amp;to=…&amp;final=…&amp;limit=…&amp;cursor=…:
    /// summaries of the cases the filters let through (<see cref="CaseListQuery"/>), latest update first; the next page is in the
    /// Link header, which keeps the filters.
    /// </summary>
    private static async Task<IResult> ListAsync(HttpContext context, ICaseStore store, DefinitionRegistry definitions, TimeProvider time)
    {
        var (filter, wrong) = CaseListQuery.Read(context.Request.Query, definitions.Current, time.GetUtcNow());
        if (wrong is not null)
        {
            return wrong;
        }

        var (page, problem) = Paging.Read(context, "cases", parts =>
            parts is [var updated, var caseId] && Paging.ParseInstant(updated) is { } at && Guid.TryParseExact(caseId, "D", out var id)
                ? new CaseListPosition(at, id)
                : (CaseListPosition?)null);
        if (problem is not null)
        {
            return problem;
        }

        var cases = await store.ListPageAsync(filter!, page!.After, page.Limit + 1, context.RequestAborted);
        if (cases.Count > page.Limit)
        {
            var last = cases[page.Limit - 1];
            Paging.LinkNext(context, "cases", Paging.Instant(last.UpdatedAt), last.Id.ToString());
        }

        return Results.Ok(cases.Take(page.Limit).Select(CaseResponse.Summary));
    }
}
