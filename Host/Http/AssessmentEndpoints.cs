using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Briefs;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Http;

/// <summary>HTTP for assessment (督查考核): indicators by dimension, the territorial assessment, and the weekly and monthly briefs with their charts.</summary>
internal static class AssessmentEndpoints
{
    private const string Markdown = "text/markdown; charset=utf-8";
    private const string Html = "text/html; charset=utf-8";
    private const string CsvType = "text/csv; charset=utf-8";
    private const string Svg = "image/svg+xml";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var assessment = routes.MapGroup("/assessment").WithTags("Assessment");
        assessment.MapGet("/indicators", IndicatorsAsync);
        assessment.MapGet("/territorial", TerritorialAsync);
        var briefs = routes.MapGroup("/briefs").WithTags("Assessment");
        briefs.MapGet("/weekly", WeeklyAsync);
        briefs.MapGet("/weekly/{chart}.svg", WeeklyChartAsync);
        briefs.MapGet("/monthly", MonthlyAsync);
        briefs.MapGet("/monthly/{chart}.svg", MonthlyChartAsync);
    }

    /// <summary>GET /assessment/indicators?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;by=office&amp;asOf=…&amp;format=json|csv.</summary>
    private static async Task<IResult> IndicatorsAsync(string? from, string? to, string? by, string? asOf, string? format, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, CancellationToken cancellationToken)
    {
        var (period, periodError) = PeriodText.Range(from, to);
        var (at, asOfError) = PeriodText.AsOf(asOf, time.GetUtcNow());
        var dimension = by ?? Dimensions.Township;
        if ((periodError ?? asOfError ?? AssessmentQueries.UnknownDimension(dimension) ?? UnknownFormat(format, "json", "csv")) is { } error)
        {
            return Problems.BadRequest(error);
        }

        var rows = await new AssessmentQueries(store, definitions, vault).IndicatorsAsync(period!, dimension, at, cancellationToken);
        return format == "csv"
            ? Results.Text(AssessmentQueries.IndicatorCsv(rows), CsvType)
            : Results.Ok(new { from = period!.From, to = period.To, asOf = at, by = dimension, rows = rows.Select(Json) });
    }

    /// <summary>GET /assessment/territorial?year=yyyy&amp;asOf=…&amp;format=json|csv.</summary>
    private static async Task<IResult> TerritorialAsync(string? year, string? asOf, string? format, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, CancellationToken cancellationToken)
    {
        var queries = new AssessmentQueries(store, definitions, vault);
        var (period, periodError) = PeriodText.Year(year, time.GetUtcNow(), queries.Definition.Calendar);
        var (at, asOfError) = PeriodText.AsOf(asOf, time.GetUtcNow());
        if ((periodError ?? asOfError ?? UnknownFormat(format, "json", "csv")) is { } error)
        {
            return Problems.BadRequest(error);
        }

        var rows = await queries.TerritorialAsync(period!, at, cancellationToken);
        return format == "csv"
            ? Results.Text(AssessmentQueries.TerritorialCsv(rows, queries.Definition), CsvType)
            : Results.Ok(new
            {
                year = period!.From.Year,
                asOf = at,
                weights = queries.Definition.Definition.Assessment?.TerritorialWeights ?? [],
                rows = rows.Select(r => new { r.Rank, r.Agency, r.Name, r.Score, indicators = Indicators(r.Indicators) }),
            });
    }

    /// <summary>GET /briefs/weekly?platform=…&amp;week=yyyy-MM-dd&amp;asOf=…&amp;format=md|html|csv.</summary>
    private static async Task<IResult> WeeklyAsync(HttpRequest request, string? platform, string? week, string? asOf, string? format, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> briefs)
    {
        var (document, problem) = await WeeklyDocumentAsync(platform, week, asOf, format, store, definitions, vault, time, briefs.Value, request.HttpContext.RequestAborted);
        return problem ?? Render(document!, format, chart => $"/briefs/weekly/{chart.Name}{request.QueryString}");
    }

    private static async Task<IResult> WeeklyChartAsync(HttpRequest request, string chart, string? platform, string? week, string? asOf, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> briefs)
    {
        if (BoundedInput.Problem(("chart", chart, "chart")) is { } unbounded)
        {
            return unbounded;
        }

        var (document, problem) = await WeeklyDocumentAsync(platform, week, asOf, null, store, definitions, vault, time, briefs.Value, request.HttpContext.RequestAborted);
        return problem ?? Chart(document!, chart);
    }

    /// <summary>GET /briefs/monthly?month=yyyy-MM&amp;asOf=…&amp;format=md|html|csv.</summary>
    private static async Task<IResult> MonthlyAsync(HttpRequest request, string? month, string? asOf, string? format, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> briefs)
    {
        var (document, problem) = await MonthlyDocumentAsync(month, asOf, format, store, definitions, vault, time, briefs.Value, request.HttpContext.RequestAborted);
        return problem ?? Render(document!, format, chart => $"/briefs/monthly/{chart.Name}{request.QueryString}");
    }

    private static async Task<IResult> MonthlyChartAsync(HttpRequest request, string chart, string? month, string? asOf, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> briefs)
    {
        if (BoundedInput.Problem(("chart", chart, "chart")) is { } unbounded)
        {
            return unbounded;
        }

        var (document, problem) = await MonthlyDocumentAsync(month, asOf, null, store, definitions, vault, time, briefs.Value, request.HttpContext.RequestAborted);
        return problem ?? Chart(document!, chart);
    }

    private static async Task<(BriefDocument?, IResult?)> WeeklyDocumentAsync(string? platform, string? week, string? asOf, string? format, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, BriefOptions briefs, CancellationToken cancellationToken)
    {
        if (BoundedInput.Problem(("platform", platform, "platform")) is { } unbounded)
        {
            return (null, unbounded);
        }

        var queries = new AssessmentQueries(store, definitions, vault);
        var (period, periodError) = PeriodText.Week(week, time.GetUtcNow(), queries.Definition.Calendar);
        var (at, asOfError) = PeriodText.AsOf(asOf, time.GetUtcNow());
        if ((queries.UnknownPlatform(platform) ?? periodError ?? asOfError ?? UnknownFormat(format, [.. BriefRenderer.Formats])) is { } error)
        {
            return (null, Problems.BadRequest(error));
        }

        return (await queries.WeeklyAsync(platform!, period!, at, briefs.MaxCasesPerSection, cancellationToken), null);
    }

    private static async Task<(BriefDocument?, IResult?)> MonthlyDocumentAsync(string? month, string? asOf, string? format, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, BriefOptions briefs, CancellationToken cancellationToken)
    {
        var queries = new AssessmentQueries(store, definitions, vault);
        var (period, periodError) = PeriodText.Month(month, time.GetUtcNow(), queries.Definition.Calendar);
        var (at, asOfError) = PeriodText.AsOf(asOf, time.GetUtcNow());
        if ((periodError ?? asOfError ?? UnknownFormat(format, [.. BriefRenderer.Formats])) is { } error)
        {
            return (null, Problems.BadRequest(error));
        }

        return (await queries.MonthlyAsync(period!, at, briefs.MaxCasesPerSection, cancellationToken), null);
    }

    private static IResult Render(BriefDocument document, string? format, Func<BriefChart, string> chartLink) => format switch
    {
        "html" => Results.Text(BriefRenderer.Html(document), Html),
        "csv" => Results.Text(BriefRenderer.Csv(document), CsvType),
        _ => Results.Text(BriefRenderer.Markdown(document, chartLink), Markdown),
    };

    private static IResult Chart(BriefDocument document, string name) =>
        document.Charts.FirstOrDefault(c => c.Name == $"{name}.svg") is { } chart
            ? Results.Text(chart.Svg, Svg)
            : Problems.NotFound($"the brief has no chart '{name}.svg'; its charts are: {string.Join(", ", document.Charts.Select(c => c.Name))}");

    private static string? UnknownFormat(string? format, params string[] formats) =>
        format is null || formats.Contains(format) ? null : $"unknown format '{format}'; use one of: {string.Join(", ", formats)}";

    private static object Json(IndicatorRow row) => new { dimension = row.Dimension, key = row.Key, name = row.Name, indicators = Indicators(row.Indicators) };

    private static object Indicators(IndicatorSet s) => new
    {
        s.Received, s.Valid, s.AssignmentsDue, s.SignedForInTime, s.ResponseRate, s.Handled, s.Overdue, s.OnTimeRate, s.Closed, s.ResolutionRate,
        s.Rated, s.Satisfied, s.SatisfactionRate, s.CalledBack, s.CallbackRate, s.CallbacksLate, s.Returns, s.Reopened, s.EscalatedToCounty,
        s.Completed, s.MeanHandlingHours,
    };
}
