using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Assessment;

/// <summary>
/// The indicators over a period, by dimension. A period's cases are those received in it (submitted from its first day to before
/// its end, in the township's time zone), each read as its history stood at the report's instant. Pure.
/// </summary>
public static class IndicatorReport
{
    /// <summary>The cases received in the period, assessed as of <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<AssessedCase> Received(IEnumerable<CaseRecord> cases, AssessmentPeriod period, CompiledDefinition definition, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(definition);
        return cases
            .Where(c => period.Contains(c.State.SubmittedAt, definition.Calendar) && c.State.SubmittedAt <= asOf)
            .Select(c => CaseAssessor.Assess(c, definition, asOf))
            .OrderBy(c => c.Case.SubmittedAt)
            .ThenBy(c => c.Case.Id)
            .ToList();
    }

    /// <summary>
    /// One row per unit of the dimension, in declaration order, every declared unit included (with zeros when it had no cases). By
    /// office or agency a case counts in the row of every office that took part, with that office's own acts
    /// (<see cref="IndicatorSet.OfOffice"/>), so the rows add up to more than the cases when several offices took part in one.
    /// </summary>
    public static IReadOnlyList<IndicatorRow> By(string dimension, IReadOnlyList<AssessedCase> cases, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(definition);
        var units = Dimensions.Units(dimension, definition).DistinctBy(u => u.Key).ToList();
        var byKey = cases
            .SelectMany(c => Dimensions.KeysOf(c, dimension, definition).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Case: c)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Case).ToList(), StringComparer.Ordinal);
        return units
            .Select(u => new IndicatorRow(dimension, u.Key, u.Name, Indicators(dimension, u.Key, byKey.GetValueOrDefault(u.Key) ?? [])))
            .ToList();
    }

    private static IndicatorSet Indicators(string dimension, string key, List<AssessedCase> cases) =>
        Dimensions.ByOffice(dimension) ? IndicatorSet.OfOffice(cases, key) : IndicatorSet.Of(cases);
}
