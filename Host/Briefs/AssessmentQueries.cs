using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.Export;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Briefs;

/// <summary>What the assessment verbs and endpoints answer, over every case in the store (read from its projection) and the current definition.</summary>
/// <param name="store">The case histories.</param>
/// <param name="definitions">The definition versions.</param>
/// <param name="personalData">Opens (masked) the reporters' data the briefs' case lists show.</param>
public sealed class AssessmentQueries(ICaseStore store, DefinitionRegistry definitions, Engine.Privacy.PersonalDataVault personalData)
{
    /// <summary>The current definition (organisation names, calendar, weights).</summary>
    public CompiledDefinition Definition => definitions.Current;

    /// <summary>Indicator rows for the cases received in the period, by dimension.</summary>
    public async Task<IReadOnlyList<IndicatorRow>> IndicatorsAsync(AssessmentPeriod period, string dimension, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var received = IndicatorReport.Received(await ReadAsync(asOf, cancellationToken), period, Definition, asOf);
        return IndicatorReport.By(dimension, received, Definition);
    }

    /// <summary>The territorial assessment over the year.</summary>
    public async Task<IReadOnlyList<TerritorialRow>> TerritorialAsync(AssessmentPeriod year, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var received = IndicatorReport.Received(await ReadAsync(asOf, cancellationToken), year, Definition, asOf);
        return TerritorialAssessment.Rank(received, Definition);
    }

    /// <summary>The weekly brief of a platform, laid out as <paramref name="layout"/> says (cases listed per section, language).</summary>
    public async Task<BriefDocument> WeeklyAsync(string platform, AssessmentPeriod week, DateTimeOffset asOf, BriefOptions layout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var brief = Engine.Assessment.Briefs.Weekly(await ReadAsync(asOf, cancellationToken), platform, week, Definition, asOf);
        return await MaskedAsync(BriefContent.Weekly(brief, Definition, layout.MaxCasesPerSection, layout.InEnglish), cancellationToken);
    }

    /// <summary>The monthly joint-meeting brief, laid out as <paramref name="layout"/> says (cases listed per section, language).</summary>
    public async Task<BriefDocument> MonthlyAsync(AssessmentPeriod month, DateTimeOffset asOf, BriefOptions layout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var brief = Engine.Assessment.Briefs.Monthly(await ReadAsync(asOf, cancellationToken), month, Definition, asOf);
        return await MaskedAsync(BriefContent.Monthly(brief, Definition, layout.MaxCasesPerSection, layout.InEnglish), cancellationToken);
    }

    /// <summary>A brief with every sealed value in it shown masked: briefs go to meetings, never with personal data in clear.</summary>
    private Task<BriefDocument> MaskedAsync(BriefDocument brief, CancellationToken cancellationToken) =>
        personalData.ShowAsync(brief, disclose: false, cancellationToken: cancellationToken);

    /// <summary>Why the platform is unknown, or null when it is declared.</summary>
    public string? UnknownPlatform(string? platform) =>
        Definition.Platform(platform ?? "") is not null
            ? null
            : $"unknown platform '{platform}'; platforms are: {string.Join(", ", Definition.Definition.Organisation.Platforms.Select(p => p.Id))}";

    /// <summary>Why the dimension is unknown, or null.</summary>
    public static string? UnknownDimension(string dimension) =>
        Dimensions.All.Contains(dimension) ? null : $"unknown dimension '{dimension}'; group by one of: {string.Join(", ", Dimensions.All)}";

    /// <summary>The territorial assessment as CSV.</summary>
    public static string TerritorialCsv(IReadOnlyList<TerritorialRow> rows, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(definition);
        var weights = definition.Definition.Assessment?.TerritorialWeights ?? [];
        var lines = new List<string> { Csv.Row(["rank", "agency", "name", "score", "received", .. weights.Select(w => $"{w.Indicator} (weight {w.Weight})")]) };
        lines.AddRange(rows.Select(r => Csv.Row(
        [
            r.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", r.Agency, r.Name,
            r.Score is { } score ? score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "",
            IndicatorText.Count(r.Indicators.Received), .. weights.Select(w => IndicatorText.Fraction(r.Indicators.RateOf(w.Indicator))),
        ])));
        return string.Join("\r\n", lines) + "\r\n";
    }

    /// <summary>Indicator rows as CSV.</summary>
    public static string IndicatorCsv(IReadOnlyList<IndicatorRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return string.Join("\r\n", [IndicatorText.CsvHeader, .. rows.Select(IndicatorText.CsvRow)]) + "\r\n";
    }

    private Task<IReadOnlyList<CaseRecord>> ReadAsync(DateTimeOffset asOf, CancellationToken cancellationToken) => new CaseRecordReader(store, definitions).ReadAtAsync(asOf, cancellationToken);
}
