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
        migrations.MapPost("/plan", (HttpRequest request, CaseMigrator migrator) => RunAsync(request, migrator.PlanAsync));
        migrations.MapPost("/apply", (HttpRequest request, CaseMigrator migrator) => RunAsync(request, migrator.ApplyAsync));
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

        return Results.Ok(new
        {
            report.Applied,
            report.FromVersion,
            report.ToVersion,
            report.StateMapping,
            moves = report.Moves,
            cannotMove = report.CannotMove,
            report.Ended,
            summary = $"{report.Moves.Count} case(s) {(report.Applied ? "moved" : "would move")} from version {report.FromVersion} to {report.ToVersion}; "
                + $"{report.CannotMove.Count} cannot move; {report.Ended} ended case(s) keep version {report.FromVersion}",
        });
    }

    /// <summary>The request body of both endpoints; <c>actor</c> is accepted for older callers and ignored (the signed-in administrator is recorded).</summary>
    private sealed record MigrationBody(int? FromVersion, int? ToVersion, Dictionary<string, string>? StateMapping, string? Actor, string? Reason);
}
