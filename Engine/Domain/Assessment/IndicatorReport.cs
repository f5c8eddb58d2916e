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

    /// <summary>One row per unit of the dimension, in declaration order, every declared unit included (with zeros when it had no cases).</summary>
    public static IReadOnlyList<IndicatorRow> By(string dimension, IReadOnlyList<AssessedCase> cases, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(definition);
        var byKey = cases.GroupBy(c => Dimensions.KeyOf(c, dimension, definition) ?? "").ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return Dimensions.Units(dimension, definition)
            .DistinctBy(u => u.Key)
            .Select(u => new IndicatorRow(dimension, u.Key, u.Name, IndicatorSet.Of(byKey.GetValueOrDefault(u.Key) ?? [])))
            .ToList();
    }
}
