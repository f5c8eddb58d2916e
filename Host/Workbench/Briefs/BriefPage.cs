using System.Text;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Briefs;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Workbench.Briefs;

/// <summary>
/// The base of the briefs' pages: the assessment's queries on the service's clock, the period pickers' values, and downloads in the
/// formats the API gives. Periods are read by the API's own rules (<see cref="PeriodText"/>); a period they refuse is said on the
/// page (400), and a download asked for wrongly is answered with a problem saying what would be right.
/// </summary>
public abstract class BriefPage(ICaseStore store, DefinitionRegistry definitions, PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> options) : WorkbenchPage
{
    /// <summary>The platform picked for a weekly brief.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Platform { get; set; }

    /// <summary>Any day of the week picked (yyyy-MM-dd).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Week { get; set; }

    /// <summary>The month picked (yyyy-MM).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    /// <summary>The year picked (yyyy).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    /// <summary>Why the period or platform asked for was refused, or null.</summary>
    public string? Problem { get; protected set; }

    /// <summary>The assessment's queries over every case and the current definition.</summary>
    protected AssessmentQueries Queries { get; } = new(store, definitions, vault);

    /// <summary>Now, on the service's clock: briefs are read as the histories stand now.</summary>
    protected DateTimeOffset Now => time.GetUtcNow();

    /// <summary>At most this many cases are listed in a section of a brief (CaseFlow:Briefs:MaxCasesPerSection).</summary>
    protected int MaxCasesPerSection => options.Value.MaxCasesPerSection;

    /// <summary>The page showing <see cref="Problem"/>, answered 400.</summary>
    protected IActionResult Refused(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>A problem (400) for a download asked for wrongly.</summary>
    protected static IActionResult BadDownload(string detail) => new ResultAction(Problems.BadRequest(detail));

    /// <summary>Why the format is not one a brief comes in, or null.</summary>
    protected static string? UnknownFormat(string? format, IReadOnlyList<string> formats) =>
        format is not null && formats.Contains(format) ? null : $"unknown format '{format}'; use one of: {string.Join(", ", formats)}";

    /// <summary>The brief as a file in the format (md, html or csv), its charts linked from Markdown as <paramref name="chartLink"/> gives.</summary>
    protected IActionResult Download(BriefDocument document, string format, string name, Func<BriefChart, string> chartLink) => format switch
    {
        "html" => File(Encoding.UTF8.GetBytes(BriefRenderer.Html(document)), "text/html; charset=utf-8", name + ".html"),
        "csv" => File(Encoding.UTF8.GetBytes(BriefRenderer.Csv(document)), "text/csv; charset=utf-8", name + ".csv"),
        _ => File(Encoding.UTF8.GetBytes(BriefRenderer.Markdown(document, chartLink)), "text/markdown; charset=utf-8", name + ".md"),
    };

    /// <summary>Why a value of the address is out of the bounds its field of the input table sets (as the API bounds it), or null.</summary>
    protected static string? OutOfBounds(string name, string? value, string field) => InputText.Problem(name, value, InputLimits.Of(field));

    /// <summary>Why <paramref name="name"/> is no chart's name (without .svg, as the API names them), or null.</summary>
    protected static string? ChartProblem(string? name) => OutOfBounds("name", name, "chart");

    /// <summary>One chart of the brief (named without .svg) as an SVG file, or a 404 problem naming the charts it has.</summary>
    protected IActionResult Chart(BriefDocument document, string name) =>
        document.Charts.FirstOrDefault(c => c.Name == name + ".svg") is { } chart
            ? File(Encoding.UTF8.GetBytes(chart.Svg), "image/svg+xml", chart.Name)
            : new ResultAction(Problems.NotFound($"the brief has no chart '{name}'; its charts are: {string.Join(", ", document.Charts.Select(c => c.Name[..^4]))}"));
}
