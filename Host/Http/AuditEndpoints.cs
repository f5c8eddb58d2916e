using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Http;

/// <summary>HTTP for auditors: replay a case, see it as of an instant, verify every chain, export histories.</summary>
internal static class AuditEndpoints
{
    /// <summary>The header naming the auditor who asks for personal data.</summary>
    public const string AuditorHeader = "X-Auditor";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var audit = routes.MapGroup("/audit").WithTags("Audit");
        audit.MapGet("/cases/{id:guid}/replay", ReplayAsync);
        audit.MapGet("/cases/{id:guid}/as-of", AsOfAsync);
        audit.MapGet("/verify", VerifyAsync);
        audit.MapGet("/export", ExportAsync);
    }

    private static async Task<IResult> ReplayAsync(Guid id, CaseAudit audit, CancellationToken cancellationToken)
    {
        var report = await audit.ReplayAsync(id, cancellationToken);
        return report is null
            ? Problems.NotFound($"there is no case {id}")
            : Results.Ok(report with { State = report.State is null ? null : PersonalData.Mask(report.State) });
    }

    private static async Task<IResult> AsOfAsync(Guid id, string? at, CaseAudit audit, CancellationToken cancellationToken)
    {
        if (!DateTimeOffset.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant))
        {
            return Problems.BadRequest("at must be an instant, e.g. 2026-11-27T10:00:00+08:00");
        }

        var state = await audit.AsOfAsync(id, instant, cancellationToken);
        return state is null ? Problems.NotFound($"case {id} did not exist at {instant:O}") : Results.Ok(PersonalData.Mask(state));
    }

    private static async Task<IResult> VerifyAsync(ICaseStore store, CancellationToken cancellationToken)
    {
        var report = await ChainVerifier.VerifyAsync(store, cancellationToken);
        return Results.Ok(new { report.Cases, report.Events, intact = report.IsIntact, report.Broken, elapsedMs = report.Elapsed.TotalMilliseconds });
    }

    private static async Task<IResult> ExportAsync(
        HttpRequest request, ICaseStore store, IOptions<AuditOptions> options, Guid? caseId, string? from, string? to, string? format, bool? personalData)
    {
        var auditor = request.Headers[AuditorHeader].ToString();
        if (personalData == true && !options.Value.MaySeePersonalData(auditor))
        {
            return Results.Problem(
                title: "Personal data not allowed",
                detail: $"auditor '{auditor}' may not see reporters' phone and ID numbers; send {AuditorHeader} naming an auditor listed in CaseFlow:Audit:PersonalDataAuditors",
                statusCode: StatusCodes.Status403Forbidden);
        }

        IReadOnlyList<Engine.Cases.CaseEvent> events;
        if (caseId is { } id)
        {
            events = await store.ReadAsync(id, request.HttpContext.RequestAborted);
        }
        else if (DateTimeOffset.TryParse(from, out var start) && DateTimeOffset.TryParse(to, out var end))
        {
            events = await HistoryExport.PeriodAsync(store, start, end, request.HttpContext.RequestAborted);
        }
        else
        {
            return Problems.BadRequest("give caseId, or from and to (instants), e.g. /audit/export?from=2026-11-01T00:00:00+08:00&to=2026-12-01T00:00:00+08:00&format=csv");
        }

        return (format ?? "json").ToLowerInvariant() switch
        {
            "json" => Results.Text(HistoryExport.ToJson(events, personalData == true), "application/json; charset=utf-8"),
            "csv" => Results.Text(HistoryExport.ToCsv(events, personalData == true), "text/csv; charset=utf-8"),
            _ => Problems.BadRequest($"format '{format}' is not supported; use json or csv"),
        };
    }
}
