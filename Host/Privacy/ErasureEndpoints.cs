using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Http;
using CaseFlow.Host.Identity;

namespace CaseFlow.Host.Privacy;

/// <summary>
/// POST /admin/cases/{id}/erasure (administrators): destroys the case's personal-data key, so that its reporter's data reads as
/// erased everywhere while its history, hashes and replays stay as they were. GET /audit/erasures (auditors) lists erasures.
/// </summary>
internal static class ErasureEndpoints
{
    /// <summary>Maps the erasure under the administrators' group.</summary>
    public static void MapErasure(IEndpointRouteBuilder admin) => admin.MapPost("/cases/{id:guid}/erasure", EraseAsync)
        .WithName("EraseCasePersonalData")
        .WithSummary("Erase a case's personal data")
        .WithDescription("Destroys the case's personal-data key, so that its reporter's data reads as erased everywhere while its history, hashes and replays stay as they were. The reason is recorded with the administrator.")
        .WithAcceptedBody<ErasureRequest>()
        .Produces<ErasureDone>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Maps the list of erasures under the auditors' group.</summary>
    public static void MapErasures(IEndpointRouteBuilder audit) => audit.MapGet("/erasures", ListAsync).RequireAuthorization(CaseFlowPolicies.Auditor)
        .WithName("ListErasures")
        .WithSummary("List erasures of personal data")
        .WithDescription("Whose personal data was erased, when, by whom and why (the last 31 days unless from= and to= say otherwise; at most limit=, 1000 by default).")
        .Produces<ErasurePage>()
        .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> EraseAsync(Guid id, HttpContext context, ICaseStore store, PersonalDataVault vault, TimeProvider time, ILogger<ErasureRequest> logger)
    {
        var (body, problem) = await JsonBody.ReadAsync<ErasureRequest>(context.Request);
        if (problem is not null)
        {
            return problem;
        }

        if (Erasures.ReasonProblem(body!.Reason) is { } reasonProblem)
        {
            return Problems.BadRequest(reasonProblem);
        }

        var by = Caller.From(context.User)!.Identity;
        var outcome = await Erasures.EraseAsync(store, vault, id, by, body.Reason!, time.GetUtcNow(), context.RequestAborted);
        switch (outcome.Status)
        {
            case ErasureStatus.Erased:
                ErasureLog.Erased(logger, id, by);
                return Results.Ok(new ErasureDone(id, outcome.Erasure!.At, outcome.Erasure.By, outcome.Erasure.Reason, outcome.Message));
            case ErasureStatus.NoCase:
                return Problems.NotFound(outcome.Message);
            default:
                return Results.Problem(title: "Nothing to erase", detail: outcome.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>GET /audit/erasures?from=…&amp;to=…: whose personal data was erased, when, by whom and why (the last 31 days by default).</summary>
    private static async Task<IResult> ListAsync(string? from, string? to, int? limit, PersonalDataVault vault, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset start = now.AddDays(-31), end = now.AddSeconds(1);
        if ((from is not null && !TryInstant(from, out start)) || (to is not null && !TryInstant(to, out end)) || start.Year < 2000 || end.Year > 2100)
        {
            return Problems.BadRequest("from and to must be instants or dates between the years 2000 and 2100, e.g. /audit/erasures?from=2026-11-01T00:00:00+08:00&to=2026-12-01T00:00:00+08:00");
        }

        if (limit is < 1 or > 10_000)
        {
            return Problems.BadRequest("limit must be between 1 and 10000 (default 1000)");
        }

        var erasures = await vault.Keys.ListErasuresAsync(start, end, limit ?? 1000, cancellationToken);
        return Results.Ok(new ErasurePage(start, end, erasures));
    }

    private static bool TryInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out instant);
}
