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
/// A platform's weekly brief (例会简报) as a page (GET /workbench/briefs/weekly?platform=…&amp;week=yyyy-MM-dd), as a file
/// (…/weekly/download?format=md|html|csv) and its chart (…/weekly/chart?name=chart).
/// </summary>
public sealed class WeeklyModel(ICaseStore store, DefinitionRegistry definitions, PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> options)
    : BriefPage(store, definitions, vault, time, options)
{
    /// <summary>The week shown.</summary>
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
            : await DownloadAsync(document!, format!, $"weekly-brief-{Platform}-{Period!.From:yyyy-MM-dd}", c => Link("chart", $"&name={Uri.EscapeDataString(c.Name[..^4])}"));
    }

    /// <summary>The brief with the problems and measures the command room wrote (POST, antiforgery): shown, or downloaded in <paramref name="format"/>.</summary>
    public Task<IActionResult> OnPostAsync(string? format) => FilledAsync(
        format,
        ReadAsync,
        (document, type) => DownloadAsync(document, type, $"weekly-brief-{Platform}-{Period!.From:yyyy-MM-dd}", c => Link("chart", $"&name={Uri.EscapeDataString(c.Name[..^4])}")),
        document => Document = document);

    /// <summary>A chart of the brief.</summary>
    public async Task<IActionResult> OnGetChartAsync(string? name)
    {
        var (document, problem) = await ReadAsync();
        return (problem ?? ChartProblem(name)) is { } wrong ? BadDownload(wrong) : Chart(document!, name!);
    }

    /// <inheritdoc />
    public override string? FormAction => Period is null ? null : $"/workbench/briefs/weekly?platform={Uri.EscapeDataString(Platform ?? "")}&week={Period.From:yyyy-MM-dd}";

    /// <summary>The address of a handler of this brief (download, chart) for the week and platform shown.</summary>
    public string Link(string handler, string more = "") =>
        $"/workbench/briefs/weekly/{handler}?platform={Uri.EscapeDataString(Platform ?? "")}&week={Period!.From:yyyy-MM-dd}{more}";

    private async Task<(BriefDocument? Document, string? Problem)> ReadAsync()
    {
        Platform ??= Workbench.Definition.Definition.Organisation.Platforms is [var first, ..] ? first.Id : null;
        var (period, periodError) = PeriodText.Week(Week, Now, Queries.Definition.Calendar);
        if ((OutOfBounds("platform", Platform, "platform") ?? Queries.UnknownPlatform(Platform) ?? periodError) is { } problem)
        {
            return (null, problem);
        }

        Period = period;
        Week = period!.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (await Queries.WeeklyAsync(Platform!, period!, Now, Layout, HttpContext.RequestAborted), null);
    }
}
