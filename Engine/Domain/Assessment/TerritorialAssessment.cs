using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Assessment;

/// <summary>
/// The annual territorial assessment (属地考评) of the dispatched agencies (派驻机构): each agency's weighted indicators, as
/// workflows.json declares the weights, scored out of 100 and ranked. Pure.
/// </summary>
public static class TerritorialAssessment
{
    /// <summary>
    /// The score out of 100: the weighted mean of the rates, 100 × Σ weight × rate ÷ Σ weight, over the weighted indicators that
    /// have something to rate (an agency with no closed case is not marked down on satisfaction, nor up); null when none has.
    /// </summary>
    public static double? Score(IndicatorSet indicators, IReadOnlyList<IndicatorWeight> weights)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(weights);
        var rated = weights.Select(w => (w.Weight, Rate: indicators.RateOf(w.Indicator))).Where(x => x.Rate is not null).ToList();
        var total = rated.Sum(x => x.Weight);
        return total == 0 ? null : 100 * rated.Sum(x => x.Weight * x.Rate!.Value) / total;
    }

    /// <summary>Every dispatched agency, best score first (agencies with no score last, in declaration order).</summary>
    public static IReadOnlyList<TerritorialRow> Rank(IReadOnlyList<AssessedCase> cases, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(definition);
        var weights = definition.Definition.Assessment?.TerritorialWeights ?? [];
        var scored = IndicatorReport.By(Dimensions.Agency, cases, definition)
            .Select((row, order) => (row, order, score: Score(row.Indicators, weights)))
            .OrderBy(x => x.score is null)
            .ThenByDescending(x => x.score ?? 0)
            .ThenBy(x => x.order)
            .ToList();
        var rows = new List<TerritorialRow>();
        for (var i = 0; i < scored.Count; i++)
        {
            var (row, _, score) = scored[i];
            int? rank = score is null ? null : i > 0 && scored[i - 1].score is { } before && Math.Abs(before - score.Value) < 1e-9 ? rows[i - 1].Rank : i + 1;
            rows.Add(new TerritorialRow(rank, row.Key, row.Name, row.Indicators, score));
        }

        return rows;
    }
}
