using CaseFlow.Engine.Migration;
using CaseFlow.Host.Http;
using CaseFlow.Host.Identity;

namespace CaseFlow.Host.Admin;

/// <summary>HTTP for moving running cases between definition versions: a dry run, and applying it.</summary>
internal static class MigrationEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        var migrations = admin.MapGroup("/migrations");
        migrations.MapPost("/plan", (HttpRequest request, CaseMigrator migrator) => RunAsync(request, migrator.PlanAsync))
            .WithName("PlanMigration")
            .WithSummary("Plan moving running cases to another definition version")
            .WithDescription("A dry run: which running cases of fromVersion would move to toVersion (stateMapping maps states the new version renamed or removed), and which cannot. Nothing is recorded.")
            .WithMigrationContract();
        migrations.MapPost("/apply", (HttpRequest request, CaseMigrator migrator) => RunAsync(request, migrator.ApplyAsync))
            .WithName("ApplyMigration")
            .WithSummary("Move running cases to another definition version")
            .WithDescription("Moves the running cases of fromVersion to toVersion as planned, recording each move (with the administrator and reason) in the case's history.")
            .WithMigrationContract();
    }

    private static async Task<IResult> RunAsync(HttpRequest request, Func<MigrationRequest, CancellationToken, Task<MigrationReport>> run)
    {
        var (body, problem) = await JsonBody.ReadAsync<MigrationBody>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (BoundedInput.Problem(("actor", body!.Actor, "actor"), ("reason", body.Reason, "reason")) is { } unbounded)
        {
            return unbounded;
        }

        if (body.FromVersion is not { } from || body.ToVersion is not { } to)
        {
            return Problems.BadRequest("fromVersion and toVersion are required: the version whose running cases move, and the version they move to");
        }

        var report = await run(new MigrationRequest
        {
            FromVersion = from,
            ToVersion = to,
            StateMapping = body.StateMapping ?? [],
            Actor = Caller.From(request.HttpContext.User)!.Identity,
            Reason = body.Reason,
        }, request.HttpContext.RequestAborted);
        if (!report.IsValid)
        {
            var errors = report.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            return Results.ValidationProblem(errors, detail: "the migration cannot be planned; no case was moved", title: "The migration request is not valid",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        return Results.Ok(new MigrationResult(
            report.Applied,
            report.FromVersion,
            report.ToVersion,
            report.StateMapping,
            report.Moves,
            report.CannotMove,
            report.Ended,
            $"{report.Moves.Count} case(s) {(report.Applied ? "moved" : "would move")} from version {report.FromVersion} to {report.ToVersion}; "
                + $"{report.CannotMove.Count} cannot move; {report.Ended} ended case(s) keep version {report.FromVersion}"));
    }

    /// <summary>The body, answers and problems both endpoints share.</summary>
    private static RouteHandlerBuilder WithMigrationContract(this RouteHandlerBuilder endpoint) => endpoint
        .WithAcceptedBody<MigrationBody>()
        .Produces<MigrationResult>()
        .ProducesValidationProblem()
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>The request body of both endpoints; <c>actor</c> is accepted for older callers and ignored (the signed-in administrator is recorded).</summary>
    /// <param name="FromVersion">The version whose running cases move.</param>
    /// <param name="ToVersion">The version they move to.</param>
    /// <param name="StateMapping">Old state to new state, for states the new version renamed or removed.</param>
    /// <param name="Actor">Ignored: the signed-in administrator is recorded.</param>
    /// <param name="Reason">Why, recorded with each move.</param>
    internal sealed record MigrationBody(int? FromVersion, int? ToVersion, Dictionary<string, string>? StateMapping, string? Actor, string? Reason);
}
