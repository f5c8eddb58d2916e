namespace CaseFlow.Engine.Assessment;

/// <summary>One dispatched agency's line in the territorial assessment (属地考评).</summary>
/// <param name="Rank">Its place, 1 for the best score (equal scores share a place); null when it had no case to score.</param>
/// <param name="Agency">The agency's office id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Indicators">Its indicators over the year.</param>
/// <param name="Score">Its weighted score out of 100; null when none of the weighted indicators had anything to rate.</param>
public sealed record TerritorialRow(int? Rank, string Agency, string Name, IndicatorSet Indicators, double? Score);
