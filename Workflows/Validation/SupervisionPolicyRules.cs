using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Supervision checks: a calendar to count on, a warning share inside the handling time, every interval a span, and the escalation ladder climbed in order.</summary>
internal static class SupervisionPolicyRules
{
    private const string Root = "$.supervision";

    public static void Check(TownshipDefinition definition, ErrorList errors)
    {
        if (definition.Supervision is not { } policy)
        {
            return;
        }

        if (definition.Calendar is null)
        {
            errors.Add(Root, "supervision counts deadlines in working time and needs a calendar: declare \"calendar\" too");
        }

        if (policy.WarnAt is not (> 0 and < 1))
        {
            errors.Add($"{Root}.warnAt", $"warnAt is the share of the handling time after which the office is warned, between 0 and 1 (e.g. 0.8); found {policy.WarnAt}");
        }

        SpanRules.Check(policy.UrgeEvery, $"{Root}.urgeEvery", "supervision", "urgeEvery interval", errors);
        SpanRules.Check(policy.SignForWithin?.Normal, $"{Root}.signForWithin.normal", "supervision", "sign-for deadline for normal cases", errors);
        SpanRules.Check(policy.SignForWithin?.Urgent, $"{Root}.signForWithin.urgent", "supervision", "sign-for deadline for urgent cases", errors);
        SpanRules.Check(policy.Returns?.Within, $"{Root}.returns.within", "supervision", "time limit for returns", errors);
        SpanRules.Check(policy.CountySilence?.UrgeEvery, $"{Root}.countySilence.urgeEvery", "supervision", "interval between urgings of the county", errors);
        CheckEscalation(policy.Escalation, errors);
    }

    private static void CheckEscalation(IReadOnlyList<EscalationStep> steps, ErrorList errors)
    {
        var expected = Catalogue.LadderRungs.Skip(1).ToList();
        var rungs = steps.Select(s => s.Rung).ToList();
        if (!rungs.SequenceEqual(expected))
        {
            errors.Add($"{Root}.escalation", $"escalation climbs the ladder above the office one rung at a time: {string.Join(" → ", expected)}; found: {(rungs.Count == 0 ? "(empty)" : string.Join(" → ", rungs))}");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            SpanRules.Check(steps[i].After, $"{Root}.escalation[{i}].after", $"escalation to '{steps[i].Rung}'", "interval", errors);
        }
    }
}
