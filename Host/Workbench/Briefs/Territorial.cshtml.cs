using System.Text;
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
/// The territorial assessment (属地考评) of the dispatched agencies over a year as a page (GET /workbench/briefs/territorial?year=yyyy)
/// and as CSV (…/territorial/download?format=csv), as the API gives it.
/// </summary>
public sealed class TerritorialModel(ICaseStore store, DefinitionRegistry definitions, PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> options)
    : BriefPage(store, definitions, vault, time, options)
{
    /// <summary>The formats the assessment is downloaded in (the API's JSON is for programs).</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv"];

    /// <summary>The year shown.</summary>
    public AssessmentPeriod? Period { get; private set; }

    /// <summary>The agencies' lines, best first.</summary>
    public IReadOnlyList<TerritorialRow> Rows { get; private set; } = [];

    /// <summary>The indicators scored and their weights.</summary>
    public IReadOnlyList<Workflows.Model.IndicatorWeight> Weights => Queries.Definition.Definition.Assessment?.TerritorialWeights ?? [];

    /// <summary>The assessment, or the pickers saying what was wrong (400).</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var problem = await ReadAsync();
        return problem is null ? Page() : Refused(problem);
    }

    /// <summary>The assessment as a file.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? format)
    {
        var problem = await ReadAsync();
        return (problem ?? UnknownFormat(format, Formats)) is { } wrong
            ? BadDownload(wrong)
            : File(Encoding.UTF8.GetBytes(AssessmentQueries.TerritorialCsv(Rows, Queries.Definition)), "text/csv; charset=utf-8", $"territorial-assessment-{Period!.From.Year}.csv");
    }

    /// <summary>The address of the download for the year shown.</summary>
    public string Link(string format) => $"/workbench/briefs/territorial/download?year={Period!.From.Year}&format={format}";

    /// <summary>How an indicator the assessment scores reads (its name in the briefs, else its id).</summary>
    public static string IndicatorName(string id) => IndicatorText.Shown.FirstOrDefault(i => i.Id == id).Name ?? id;

    private async Task<string?> ReadAsync()
    {
        var (period, problem) = PeriodText.Year(Year, Now, Queries.Definition.Calendar);
        if (problem is not null)
        {
            return problem;
        }

        Period = period;
        Year = period!.From.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Rows = await Queries.TerritorialAsync(period!, Now, HttpContext.RequestAborted);
        return null;
    }
}
