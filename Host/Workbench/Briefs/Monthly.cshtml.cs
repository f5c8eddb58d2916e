using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Briefs;
using CaseFlow.Host.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Workbench.Briefs;

/// <summary>
/// The joint meeting's monthly brief (联席会议月度简报) as a page (GET /workbench/briefs/monthly?month=yyyy-MM), as a file
/// (…/monthly/download?format=md|html|csv) and its charts (…/monthly/chart?name=trend|platforms).
/// </summary>
public sealed class MonthlyModel(ICaseStore store, DefinitionRegistry definitions, PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> options)
    : BriefPage(store, definitions, vault, time, options)
{
    /// <summary>The month shown.</summary>
    public AssessmentPeriod? Period { get; private set; }

    /// <summary>The brief shown.</summary>
    public BriefDocument? Document { get; private set; }

    /// <summary>The brief, or the pickers saying what was wrong (400).</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var (document, problem) = await ReadAsync();
        if (problem is not null)
        {
            return Refused(problem);
        }

        Document = document;
        return Page();
    }

    /// <summary>The brief as a file.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? format)
    {
        var (document, problem) = await ReadAsync();
        return (problem ?? UnknownFormat(format, BriefRenderer.Formats)) is { } wrong
            ? BadDownload(wrong)
            : await DownloadAsync(document!, format!, $"monthly-brief-{Period!.From:yyyy-MM}", c => Link("chart", $"&name={Uri.EscapeDataString(c.Name[..^4])}"));
    }

    /// <summary>The brief with the problems and measures the command room wrote (POST, antiforgery): shown, or downloaded in <paramref name="format"/>.</summary>
    public Task<IActionResult> OnPostAsync(string? format) => FilledAsync(
        format,
        ReadAsync,
        (document, type) => DownloadAsync(document, type, $"monthly-brief-{Period!.From:yyyy-MM}", c => Link("chart", $"&name={Uri.EscapeDataString(c.Name[..^4])}")),
        document => Document = document);

    /// <summary>A chart of the brief.</summary>
    public async Task<IActionResult> OnGetChartAsync(string? name)
    {
        var (document, problem) = await ReadAsync();
        return (problem ?? ChartProblem(name)) is { } wrong ? BadDownload(wrong) : Chart(document!, name!);
    }

    /// <inheritdoc />
    public override string? FormAction => Period is null ? null : $"/workbench/briefs/monthly?month={Period.From:yyyy-MM}";

    /// <summary>The address of a handler of this brief (download, chart) for the month shown.</summary>
    public string Link(string handler, string more = "") => $"/workbench/briefs/monthly/{handler}?month={Period!.From:yyyy-MM}{more}";

    private async Task<(BriefDocument? Document, string? Problem)> ReadAsync()
    {
        var (period, problem) = PeriodText.Month(Month, Now, Queries.Definition.Calendar);
        if (problem is not null)
        {
            return (null, problem);
        }

        Period = period;
        Month = period!.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        return (await Queries.MonthlyAsync(period!, Now, Layout, HttpContext.RequestAborted), null);
    }
}
