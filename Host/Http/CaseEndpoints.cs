using CaseFlow.Contracts.Commands;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;

namespace CaseFlow.Host.Http;

/// <summary>HTTP for cases: submit, send a command, read one, list them.</summary>
internal static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", SubmitAsync);
        cases.MapGet("/", ListAsync);
        cases.MapGet("/{id:guid}", GetAsync);
        cases.MapPost("/{id:guid}/commands/{trigger}", CommandAsync);
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, CaseService service, TimeProvider time)
    {
        var (submission, problem) = await JsonBody.ReadAsync<SubmitCase>(request);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await service.SubmitAsync(CommandMapper.ToCaseCommand(submission!, Guid.CreateVersion7(time.GetUtcNow())), request.HttpContext.RequestAborted);
        return outcome.Status switch
        {
            CommandStatus.Accepted => Results.Created($"/cases/{outcome.State!.Id}", CaseResponse.Summary(outcome.State)),
            CommandStatus.AlreadySubmitted => Results.Ok(CaseResponse.Summary(outcome.State!)),
            _ => Problems.From(outcome),
        };
    }

    private static async Task<IResult> CommandAsync(Guid id, string trigger, HttpRequest request, CaseService service, ICaseStore store, DefinitionRegistry definitions)
    {
        // Command names come from the version the case is pinned to: a newer version may have renamed or dropped one it still uses.
        var pinned = await store.ReadSnapshotAsync(id, request.HttpContext.RequestAborted) is { } snapshot
            ? await definitions.GetAsync(snapshot.DefinitionVersion, request.HttpContext.RequestAborted)
            : definitions.Current;
        var known = pinned.Definition.Workflows.SelectMany(w => w.Triggers).Distinct().ToList();
        // Accept SignFor, signfor and sign-for alike: callers write command names in URLs their own way.
        var wanted = trigger.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        var name = known.FirstOrDefault(t => string.Equals(t, wanted, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            return Problems.BadRequest($"'{trigger}' is not a command; commands are: {Vocabulary.List(known)}");
        }

        var (body, problem) = await JsonBody.ReadAsync<HttpCommand>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.Actor))
        {
            return Problems.BadRequest("actor is required: who sends the command (an office, leader, grid member or the command room)");
        }

        var outcome = await service.ExecuteAsync(body.ToCaseCommand(name, id), request.HttpContext.RequestAborted);
        if (outcome.Status is not (CommandStatus.Accepted or CommandStatus.AlreadyApplied))
        {
            return Problems.From(outcome);
        }

        var view = await service.GetAsync(id, request.HttpContext.RequestAborted);
        return Results.Ok(CaseResponse.Full(view!));
    }

    private static async Task<IResult> GetAsync(Guid id, CaseService service, CancellationToken cancellationToken)
    {
        var view = await service.GetAsync(id, cancellationToken);
        return view is null ? Problems.NotFound($"there is no case {id}") : Results.Ok(CaseResponse.Full(view));
    }

    private static async Task<IResult> ListAsync(ICaseStore store, string? workflow, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 10_000)
        {
            return Problems.BadRequest("limit must be between 1 and 10000");
        }

        var cases = await store.ListAsync(workflow, limit ?? 100, cancellationToken);
        return Results.Ok(cases.Select(CaseResponse.Summary));
    }
}
