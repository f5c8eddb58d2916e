namespace CaseFlow.Engine.Assessment;

/// <summary>The indicators of one unit of a dimension (one platform, office, village …) over a period.</summary>
/// <param name="Dimension">The dimension (see <see cref="Dimensions"/>).</param>
/// <param name="Key">The unit's id.</param>
/// <param name="Name">The unit's name as declared in workflows.json.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record IndicatorRow(string Dimension, string Key, string Name, IndicatorSet Indicators);
