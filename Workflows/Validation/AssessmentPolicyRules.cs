using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>
/// Assessment checks: a calendar for the callback time and the tolerance on a stated callback time, known indicators each weighted
/// once and weights summing to 100.
/// </summary>
internal static class AssessmentPolicyRules
{
    private const string Root = "$.assessment";

    public static void Check(TownshipDefinition definition, ErrorList errors)
    {
        if (definition.Assessment is not { } policy)
        {
            return;
        }

        if (policy.CallbackWithin is not null)
        {
            SpanRules.Check(policy.CallbackWithin, $"{Root}.callbackWithin", "assessment", "callback time limit", errors);
            if (definition.Calendar is null)
            {
                errors.Add($"{Root}.callbackWithin", "the callback time limit is counted in working time and needs a calendar: declare \"calendar\" too");
            }
        }

        if (policy.CallbackStatedWithin is not null)
        {
            SpanRules.Check(policy.CallbackStatedWithin, $"{Root}.callbackStatedWithin", "assessment", "tolerance on a callback's stated time", errors);
            if (definition.Calendar is null)
            {
                errors.Add($"{Root}.callbackStatedWithin", "how much earlier a callback may be stated than recorded is counted in working time and needs a calendar: declare \"calendar\" too");
            }
        }

        CheckWeights(policy.TerritorialWeights, errors);
    }

    private static void CheckWeights(IReadOnlyList<IndicatorWeight> weights, ErrorList errors)
    {
        if (weights.Count == 0)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < weights.Count; i++)
        {
            var path = $"{Root}.territorialWeights[{i}]";
            var indicator = weights[i].Indicator;
            if (!Catalogue.WeightedIndicators.Contains(indicator))
            {
                errors.Add($"{path}.indicator", $"unknown indicator '{indicator}'; the territorial assessment can weight: {string.Join(", ", Catalogue.WeightedIndicators)}");
            }
            else if (!seen.Add(indicator))
            {
                errors.Add($"{path}.indicator", $"indicator '{indicator}' is weighted twice; give each indicator one weight");
            }

            if (weights[i].Weight <= 0)
            {
                errors.Add($"{path}.weight", $"the weight of '{indicator}' must be positive; found {weights[i].Weight}");
            }
        }

        var sum = weights.Sum(w => w.Weight);
        if (Math.Abs(sum - 100) > 1e-9)
        {
            errors.Add($"{Root}.territorialWeights", $"the weights must sum to 100; they sum to {sum} ({string.Join(" + ", weights.Select(w => $"{w.Indicator} {w.Weight}"))})");
        }
    }
}
