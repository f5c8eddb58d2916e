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

    /// <summary>The problems and measures (问题与措施) the command room wrote into the brief, posted from the page's form.</summary>
    [BindProperty]
    public string? Measures { get; set; }

    /// <summary>Why the period or platform asked for was refused, or null.</summary>
    public string? Problem { get; protected set; }

    /// <summary>The assessment's queries over every case and the current definition.</summary>
    protected AssessmentQueries Queries { get; } = new(store, definitions, vault);

    /// <summary>Now, on the service's clock: briefs are read as the histories stand now.</summary>
    protected DateTimeOffset Now => time.GetUtcNow();

    /// <summary>How briefs are laid out: cases listed per section (CaseFlow:Briefs:MaxCasesPerSection), language (CaseFlow:Briefs:Language).</summary>
    protected BriefOptions Layout => options.Value;

    /// <summary>Where the problems-and-measures form posts to (the brief shown), or null on a page without a brief.</summary>
    public virtual string? FormAction => null;

    /// <summary>True when the service can print the brief to PDF (Chromium configured or found).</summary>
    public bool PdfAvailable => HttpContext.RequestServices.GetRequiredService<BriefPdf>().Available;

    /// <summary>The most characters the problems-and-measures text may have.</summary>
    public static int MeasuresMaxLength => BriefMeasures.MaxLength;

    /// <summary>
    /// True when the person may write the problems and measures into a brief before issuing it: the command room alone (it issues
    /// the briefs); everyone else reads the brief with the section still to be filled in.
    /// </summary>
    public bool MayFill => Workbench.InCommandRoom;

    /// <summary>
    /// The answer to the problems-and-measures form: refused (403) unless <see cref="MayFill"/>; text out of bounds said on the page
    /// (400); otherwise the brief with the text, shown (no format) or downloaded in the format asked for. Nothing is stored.
    /// </summary>
    protected async Task<IActionResult> FilledAsync(string? format, Func<Task<(BriefDocument? Document, string? Problem)>> read, Func<BriefDocument, string, Task<IActionResult>> download, Action<BriefDocument> show)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(download);
        ArgumentNullException.ThrowIfNull(show);
        if (!MayFill)
        {
            return Forbid();
        }

        var (document, problem) = await read();
        if ((problem ?? BriefMeasures.Problem(Measures) ?? (format is null ? null : UnknownFormat(format, BriefRenderer.Formats))) is { } wrong)
        {
            return Refused(wrong);
        }

        var filled = document!.WithMeasures(Measures);
        if (format is not null)
        {
            return await download(filled, format);
        }

        show(filled);
        return Page();
    }

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

    /// <summary>
    /// The brief as a file in the format (md, html, csv or pdf), its charts linked from Markdown as <paramref name="chartLink"/> gives;
    /// a PDF the service cannot print is answered with the API's problem (501 saying how to enable it, 503 when printing failed).
    /// </summary>
    protected async Task<IActionResult> DownloadAsync(BriefDocument document, string format, string name, Func<BriefChart, string> chartLink)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (format == "pdf")
        {
            var pdf = HttpContext.RequestServices.GetRequiredService<BriefPdf>();
            if (!pdf.Available)
            {
                return new ResultAction(Results.Problem(BriefPdf.HowToEnable, statusCode: StatusCodes.Status501NotImplemented, title: "PDF is not enabled on this service"));
            }

            var (bytes, problem) = await pdf.PrintAsync(BriefRenderer.Html(document), HttpContext.RequestAborted);
            return bytes is not null
                ? File(bytes, "application/pdf", name + ".pdf")
                : new ResultAction(Results.Problem(problem, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The brief could not be printed to PDF"));
        }

        return format switch
        {
            "html" => File(Encoding.UTF8.GetBytes(BriefRenderer.Html(document)), "text/html; charset=utf-8", name + ".html"),
            "csv" => File(Encoding.UTF8.GetBytes(BriefRenderer.Csv(document)), "text/csv; charset=utf-8", name + ".csv"),
            _ => File(Encoding.UTF8.GetBytes(BriefRenderer.Markdown(document, chartLink)), "text/markdown; charset=utf-8", name + ".md"),
        };
    }

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
