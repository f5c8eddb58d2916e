using CaseFlow.Workflows.Model;

namespace CaseFlow.Host.Http;

/// <summary>The territorial assessment of a year: agencies ranked by their weighted score.</summary>
/// <param name="Year">The year assessed.</param>
/// <param name="AsOf">The instant the cases were read as of.</param>
/// <param name="Weights">The definition's weight of each indicator in the score.</param>
/// <param name="Rows">One row per agency, best first.</param>
internal sealed record TerritorialReport(int Year, DateTimeOffset AsOf, IReadOnlyList<IndicatorWeight> Weights, IReadOnlyList<TerritorialReportRow> Rows);

/// <summary>One agency's place in the territorial assessment.</summary>
/// <param name="Rank">Its rank (null when it has nothing to be ranked on).</param>
/// <param name="Agency">The agency's id.</param>
/// <param name="Name">Its name for people.</param>
/// <param name="Score">Its weighted score.</param>
/// <param name="Indicators">Its counts and rates.</param>
internal sealed record TerritorialReportRow(int? Rank, string Agency, string Name, double? Score, IndicatorValues Indicators);
