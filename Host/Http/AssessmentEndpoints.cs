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
    private const string Pdf = "application/pdf";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var assessment = routes.MapGroup("/assessment").WithTags("Assessment");
        assessment.MapGet("/indicators", IndicatorsAsync)
            .WithName("GetIndicators")
            .WithSummary("Assessment indicators of a period")
            .WithDescription("Counts and rates of the cases received from= to= (dates, both included), by=township (the default), office, platform or category, read as of asOf= (now by default); JSON (format=json, the default) or CSV (format=csv).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .Produces<IndicatorReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        assessment.MapGet("/territorial", TerritorialAsync)
            .WithName("GetTerritorialAssessment")
            .WithSummary("Territorial assessment of a year")
            .WithDescription("Agencies ranked by the definition's weighted score over year= (this year by default), read as of asOf=; JSON or CSV (format=csv).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .Produces<TerritorialReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        var briefs = routes.MapGroup("/briefs").WithTags("Assessment");
        briefs.MapGet("/weekly", WeeklyAsync)
            .WithName("GetWeeklyBrief")
            .WithSummary("A platform's weekly brief")
            .WithDescription("The weekly brief (例会简报) of platform= for the week of week= (a date in it; last week by default), as Markdown (format=md, the default), HTML for A4 portrait (format=html), CSV (format=csv) or PDF (format=pdf, where the service has Chromium: CaseFlow:Briefs:Chromium; else 501 saying how to enable it). In Chinese unless CaseFlow:Briefs:Language is en; its problems-and-measures section is left to be filled in (the console's brief page fills it). Its charts are at /briefs/weekly/{chart}.svg with the same query.")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/html", "text/csv", Pdf)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status501NotImplemented)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        briefs.MapGet("/weekly/{chart}.svg", WeeklyChartAsync)
            .WithName("GetWeeklyBriefChart")
            .WithSummary("A chart of a weekly brief")
            .WithDescription("One chart the weekly brief names, as SVG, for the same platform=, week= and asOf= as the brief.")
            .Produces<string>(StatusCodes.Status200OK, Svg)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        briefs.MapGet("/monthly", MonthlyAsync)
            .WithName("GetMonthlyBrief")
            .WithSummary("The monthly brief")
            .WithDescription("The monthly joint-meeting brief (联席会议简报) of month= (yyyy-MM; last month by default), as Markdown (format=md, the default), HTML for A4 portrait (format=html), CSV (format=csv) or PDF (format=pdf, where the service has Chromium: CaseFlow:Briefs:Chromium; else 501 saying how to enable it). In Chinese unless CaseFlow:Briefs:Language is en; its problems-and-measures section is left to be filled in (the console's brief page fills it). Its charts are at /briefs/monthly/{chart}.svg with the same query.")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/html", "text/csv", Pdf)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status501NotImplemented)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        briefs.MapGet("/monthly/{chart}.svg", MonthlyChartAsync)
            .WithName("GetMonthlyBriefChart")
            .WithSummary("A chart of the monthly brief")
            .WithDescription("One chart the monthly brief names, as SVG, for the same month= and asOf= as the brief.")
            .Produces<string>(StatusCodes.Status200OK, Svg)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
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
            : Results.Ok(new IndicatorReport(period!.From, period.To, at, dimension, [.. rows.Select(r => new IndicatorReportRow(r.Dimension, r.Key, r.Name, IndicatorValues.Of(r.Indicators)))]));
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
            : Results.Ok(new TerritorialReport(
                period!.From.Year,
                at,
                queries.Definition.Definition.Assessment?.TerritorialWeights ?? [],
                [.. rows.Select(r => new TerritorialReportRow(r.Rank, r.Agency, r.Name, r.Score, IndicatorValues.Of(r.Indicators)))]));
    }

    /// <summary>GET /briefs/weekly?platform=…&amp;week=yyyy-MM-dd&amp;asOf=…&amp;format=md|html|csv.</summary>
    private static async Task<IResult> WeeklyAsync(HttpRequest request, string? platform, string? week, string? asOf, string? format, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> briefs, BriefPdf pdf)
    {
        var (document, problem) = await WeeklyDocumentAsync(platform, week, asOf, format, store, definitions, vault, time, briefs.Value, request.HttpContext.RequestAborted);
        return problem ?? await RenderAsync(document!, format, chart => $"/briefs/weekly/{chart.Name}{request.QueryString}", pdf, request.HttpContext.RequestAborted);
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
    private static async Task<IResult> MonthlyAsync(HttpRequest request, string? month, string? asOf, string? format, ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> briefs, BriefPdf pdf)
    {
        var (document, problem) = await MonthlyDocumentAsync(month, asOf, format, store, definitions, vault, time, briefs.Value, request.HttpContext.RequestAborted);
        return problem ?? await RenderAsync(document!, format, chart => $"/briefs/monthly/{chart.Name}{request.QueryString}", pdf, request.HttpContext.RequestAborted);
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

        return (await queries.WeeklyAsync(platform!, period!, at, briefs, cancellationToken), null);
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

        return (await queries.MonthlyAsync(period!, at, briefs, cancellationToken), null);
    }

    private static async Task<IResult> RenderAsync(BriefDocument document, string? format, Func<BriefChart, string> chartLink, BriefPdf pdf, CancellationToken cancellationToken) => format switch
    {
        "html" => Results.Text(BriefRenderer.Html(document), Html),
        "csv" => Results.Text(BriefRenderer.Csv(document), CsvType),
        "pdf" => await PdfAsync(document, pdf, cancellationToken),
        _ => Results.Text(BriefRenderer.Markdown(document, chartLink), Markdown),
    };

    /// <summary>The brief printed to PDF; 501 when the service has no Chromium (saying how to enable it), 503 when printing failed.</summary>
    internal static async Task<IResult> PdfAsync(BriefDocument document, BriefPdf pdf, CancellationToken cancellationToken)
    {
        if (!pdf.Available)
        {
            return Results.Problem(BriefPdf.HowToEnable, statusCode: StatusCodes.Status501NotImplemented, title: "PDF is not enabled on this service");
        }

        var (bytes, problem) = await pdf.PrintAsync(BriefRenderer.Html(document), cancellationToken);
        return bytes is not null
            ? Results.File(bytes, Pdf)
            : Results.Problem(problem, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The brief could not be printed to PDF");
    }

    private static IResult Chart(BriefDocument document, string name) =>
        document.Charts.FirstOrDefault(c => c.Name == $"{name}.svg") is { } chart
            ? Results.Text(chart.Svg, Svg)
            : Problems.NotFound($"the brief has no chart '{name}.svg'; its charts are: {string.Join(", ", document.Charts.Select(c => c.Name))}");

    private static string? UnknownFormat(string? format, params string[] formats) =>
        format is null || formats.Contains(format) ? null : $"unknown format '{format}'; use one of: {string.Join(", ", formats)}";
}
