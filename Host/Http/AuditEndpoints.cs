using System.Globalization;
using System.Text;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Input;
using CaseFlow.Host.Audit;
using CaseFlow.Host.Identity;
using CaseFlow.Host.Privacy;

namespace CaseFlow.Host.Http;

/// <summary>
/// HTTP for auditors: replay a case, see it as of an instant, verify every chain, export histories, list the disclosures of personal
/// data. Any signed-in caller may read them with reporters' personal data masked; <see cref="PersonalDataGate"/> decides when it is shown.
/// </summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var audit = routes.MapGroup("/audit").WithTags("Audit");
        audit.MapGet("/cases/{id:guid}/replay", ReplayAsync)
            .WithName("ReplayCase")
            .WithSummary("Replay a case")
            .WithDescription("Replays the case's events through its pinned definition and reports every step and any divergence from what was stored. Personal data is masked unless an auditor asks (personalData=true) and states why in the X-Disclosure-Reason header.")
            .Produces<ReplayReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        audit.MapGet("/cases/{id:guid}/as-of", AsOfAsync)
            .WithName("GetCaseAsOf")
            .WithSummary("Read a case as it stood at an instant")
            .WithDescription("The case's state folded from its events up to at= (an instant with its offset). Personal data as for the replay.")
            .Produces<CaseState>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        audit.MapGet("/verify", VerifyAsync)
            .WithName("VerifyChains")
            .WithSummary("Verify every case's hash chain")
            .WithDescription("Reads every event and checks each case's chain of hashes, then each recorded attachment's stored bytes against the SHA-256 its event recorded; intact is false, and broken names the cases and attachments names the files, when any was altered, swapped or lost. An attachment erased with its case's personal data is listed with status Erased and is no fault.")
            .Produces<ChainReport>();
        audit.MapGet("/export", ExportAsync)
            .WithName("ExportHistory")
            .WithSummary("Export histories")
            .WithDescription("One page of events, case by case in sequence order, of one case (caseId=) or of the cases submitted in a period (from= and to=), as a JSON array (format=json, the default) or CSV (format=csv). The next page is in the Link header. Personal data as for the replay.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .Produces<IReadOnlyList<CaseEvent>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        audit.MapGet("/disclosures", DisclosuresAsync).RequireAuthorization(CaseFlowPolicies.Auditor)
            .WithName("ListDisclosures")
            .WithSummary("List disclosures of personal data")
            .WithDescription("Who saw reporters' personal data, when, of what and why, oldest first (the last 31 days unless from= and to= say otherwise). The next page is in the Link header.")
            .Produces<DisclosurePage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        ErasureEndpoints.MapErasures(audit);
    }

    private static async Task<IResult> ReplayAsync(Guid id, bool? personalData, HttpContext context, CaseAudit audit, PersonalDataVault vault)
    {
        var report = await audit.ReplayAsync(id, context.RequestAborted);
        if (report is null)
        {
            return Problems.NotFound($"there is no case {id}");
        }

        var disclose = report.State is not null && await PersonalDataGate.DiscloseAsync(context, personalData, "replay", caseId: id);
        return Results.Ok(await vault.ShowAsync(report, disclose, context.RequestAborted));
    }

    private static async Task<IResult> AsOfAsync(Guid id, string? at, bool? personalData, HttpContext context, CaseAudit audit, PersonalDataVault vault)
    {
        if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return Problems.BadRequest("at must be an instant, e.g. 2026-11-27T10:00:00+08:00");
        }

        if (InputLimits.DateProblem("at", instant) is { } outOfRange)
        {
            return Problems.BadRequest(outOfRange);
        }

        var state = await audit.AsOfAsync(id, instant, context.RequestAborted);
        if (state is null)
        {
            return Problems.NotFound($"case {id} did not exist at {instant:O}");
        }

        var disclose = await PersonalDataGate.DiscloseAsync(context, personalData, "as-of", caseId: id);
        return Results.Ok(await vault.ShowAsync(state, disclose, context.RequestAborted));
    }

    private static async Task<IResult> VerifyAsync(ICaseStore store, Engine.Attachments.AttachmentService attachments, CancellationToken cancellationToken)
    {
        var report = await ChainVerifier.VerifyAsync(store, attachments, null, cancellationToken);
        return Results.Ok(new ChainReport(report.Cases, report.Events, report.IsIntact, report.Broken, report.Elapsed.TotalMilliseconds)
        {
            AttachmentsChecked = report.AttachmentsChecked,
            Attachments = report.Attachments,
        });
    }

    /// <summary>
    /// GET /audit/export?caseId=…|from=…&amp;to=…&amp;format=json|csv&amp;limit=…&amp;cursor=…: one page of events, case by case in sequence
    /// order, written as they are read; the next page is in the Link header.
    /// </summary>
    private static async Task<IResult> ExportAsync(HttpContext context, ICaseStore store, PersonalDataVault vault, Guid? caseId, string? from, string? to, string? format, bool? personalData)
    {
        if (HistoryDownload.Format(format) is not { } kind)
        {
            return Problems.BadRequest($"format '{format}' is not supported; use json or csv");
        }

        ExportScope scope;
        if (caseId is { } id)
        {
            scope = ExportScope.Case(id);
        }
        else if (TryInstant(from, out var start) && TryInstant(to, out var end))
        {
            if (InputLimits.PeriodProblem(start, end) is { } wrong)
            {
                return Problems.BadRequest(wrong);
            }

            scope = ExportScope.Period(start, end);
        }
        else
        {
            return Problems.BadRequest("give caseId, or from and to (instants), e.g. /audit/export?from=2026-11-01T00:00:00+08:00&to=2026-12-01T00:00:00+08:00&format=csv");
        }

        var (page, problem) = Paging.Read(context, "audit export", EventCursor);
        if (problem is not null)
        {
            return problem;
        }

        var disclose = scope.CaseId is { } one
            ? await PersonalDataGate.DiscloseAsync(context, personalData, "export", caseId: one)
            : await PersonalDataGate.DiscloseAsync(context, personalData, "export", from: scope.From, to: scope.To);
        var (last, more) = await HistoryExport.PageEndAsync(store, scope, page!.After, page.Limit, context.RequestAborted);
        if (more)
        {
            Paging.LinkNext(context, "audit export", last!.Value.CaseId.ToString(), last.Value.Sequence.ToString(CultureInfo.InvariantCulture));
        }

        var events = last is { } through
            ? vault.ShowEachAsync(HistoryExport.PageAsync(store, scope, page.After, through, context.RequestAborted), disclose, context.RequestAborted)
            : AsyncEnumerable.Empty<CaseEvent>();
        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
            await HistoryDownload.WriteAsync(writer, events, kind, disclose, store, context.RequestAborted);
        }, HistoryDownload.ContentType(kind));
    }

    /// <summary>
    /// GET /audit/disclosures?from=…&amp;to=…&amp;limit=…&amp;cursor=…: who saw personal data, when, of what and why (the last 31 days by
    /// default), oldest first; the next page is in the Link header.
    /// </summary>
    private static async Task<IResult> DisclosuresAsync(HttpContext context, string? from, string? to, IDisclosureLog log, TimeProvider time)
    {
        var (start, end) = DisclosurePeriod.Default(time.GetUtcNow());
        if ((from is not null && !TryInstant(from, out start)) || (to is not null && !TryInstant(to, out end)))
        {
            return Problems.BadRequest("from and to must be instants or dates, e.g. /audit/disclosures?from=2026-11-01T00:00:00+08:00&to=2026-12-01T00:00:00+08:00");
        }

        if (InputLimits.PeriodProblem(start, end) is { } wrong)
        {
            return Problems.BadRequest(wrong);
        }

        var (page, problem) = Paging.Read(context, "disclosures", DisclosureCursor);
        if (problem is not null)
        {
            return problem;
        }

        var disclosures = await log.ListDisclosuresAsync(start, end, page!.Limit + 1, page.After, context.RequestAborted);
        if (disclosures.Count > page.Limit)
        {
            var last = disclosures[page.Limit - 1];
            Paging.LinkNext(context, "disclosures", Paging.Instant(last.At), last.Seq!.Value.ToString(CultureInfo.InvariantCulture));
        }

        return Results.Ok(new DisclosurePage(start, end, [.. disclosures.Take(page.Limit)]));
    }

    private static EventPosition? EventCursor(IReadOnlyList<string> parts) =>
        parts is [var caseId, var sequence] && Guid.TryParseExact(caseId, "D", out var id)
        && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? new EventPosition(id, seq)
            : null;

    private static DisclosurePosition? DisclosureCursor(IReadOnlyList<string> parts) =>
        parts is [var at, var seq] && Paging.ParseInstant(at) is { } instant && long.TryParse(seq, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new DisclosurePosition(instant, number)
            : null;

    private static bool TryInstant(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
}
