using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>
/// Supervision timers: each named once, firing a trigger some transition uses from every position it runs in, measured from known
/// clocks with spans and limits the policy declares, and repeating in a way that can be counted.
/// </summary>
internal static class TimerRules
{
    public static void Check(TownshipDefinition definition, ErrorList errors)
    {
        if (definition.Supervision?.Timers is not { } timers)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < timers.Count; i++)
        {
            var timer = timers[i];
            var path = $"$.supervision.timers[{i}]";
            if (!names.Add(timer.Timer))
            {
                errors.Add($"{path}.timer", $"duplicate timer '{timer.Timer}': each timer is named once");
            }

            var firing = definition.Workflows.SelectMany(w => w.Transitions.Where(t => t.Trigger == timer.Fires).Select(t => $"{w.Id}.{t.From}")).ToHashSet(StringComparer.Ordinal);
            if (firing.Count == 0)
            {
                errors.Add($"{path}.fires", $"no transition uses trigger '{timer.Fires}', so timer '{timer.Timer}' could never fire; name a trigger a workflow declares");
            }

            for (var p = 0; p < (timer.In?.Count ?? 0); p++)
            {
                if (!firing.Contains(timer.In![p]))
                {
                    errors.Add($"{path}.in[{p}]", $"'{timer.In[p]}' is not a position '{timer.Fires}' fires from; it fires from: {ErrorList.List(firing)} (write a position as workflow.State)");
                }
            }

            for (var c = 0; c < timer.At.Count; c++)
            {
                Known(timer.At[c], Catalogue.TimerClocks, $"{path}.at", "clock", errors);
            }

            Known(timer.Since, Catalogue.TimerClocks, $"{path}.since", "clock", errors);
            Known(timer.Count, Catalogue.TimerCounters, $"{path}.count", "counter", errors);
            Known(timer.Until, Catalogue.TimerLimits, $"{path}.until", "limit", errors);
            foreach (var (span, at) in new[] { (timer.After, "after"), (timer.Every, "every") })
            {
                if (Known(span, Catalogue.TimerSpans, $"{path}.{at}", "span", errors) && !Declared(span!, definition))
                {
                    errors.Add($"{path}.{at}", $"timer '{timer.Timer}' adds {Catalogue.TimerSpans[span!]}, which the definition does not declare; declare it or measure the timer otherwise");
                }
            }

            if (timer.Every is not null && timer.Since is null && timer.Count is null)
            {
                errors.Add($"{path}.every", $"timer '{timer.Timer}' repeats but says neither from what ('since') nor how often it has ('count')");
            }

            if ((timer.Since ?? timer.Count) is not null && timer.Every is null)
            {
                errors.Add(path, $"timer '{timer.Timer}' names 'since' or 'count' but no 'every': say how often it repeats");
            }

            if (timer.Until is { } limit && Catalogue.TimerLimits.TryGetValue(limit, out var counter) && timer.Count != counter)
            {
                errors.Add($"{path}.until", $"'{limit}' bounds the counter '{counter}'; give \"count\": \"{counter}\"");
            }

            CheckClimbs(timer, path, definition, errors);
        }
    }

    // A timer measured up the ladder falls due at the rung after the case's escalations so far: what it fires must climb that rung.
    private static void CheckClimbs(SupervisionTimer timer, string path, TownshipDefinition definition, ErrorList errors)
    {
        if (timer.After != "escalation")
        {
            return;
        }

        var still = definition.Workflows
            .SelectMany(w => w.Transitions.Where(t => t.Trigger == timer.Fires && (timer.In is null || timer.In.Contains($"{w.Id}.{t.From}", StringComparer.Ordinal)))
                .Where(t => !t.Effects.Any(Catalogue.LadderEffects.Contains))
                .Select(t => $"{w.Id}.{t.From}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (still.Count > 0)
        {
            errors.Add($"{path}.fires", $"timer '{timer.Timer}' climbs the escalation ladder (\"after\": \"escalation\"), but '{timer.Fires}' from {ErrorList.List(still)} records no climb, so the case would stay on its rung and the timer fire again at once; give that transition one of the effects {ErrorList.List(Catalogue.LadderEffects)}, or measure the timer otherwise");
        }
    }

    private static bool Known(string? name, IReadOnlyDictionary<string, string> known, string path, string what, ErrorList errors)
    {
        if (name is null)
        {
            return false;
        }

        if (!known.ContainsKey(name))
        {
            errors.Add(path, $"unknown timer {what} '{name}'; the engine knows: {ErrorList.List(known.Keys)}");
            return false;
        }

        return true;
    }

    private static bool Declared(string span, TownshipDefinition definition) => span switch
    {
        "urgeEvery" => definition.Supervision?.UrgeEvery is not null,
        "countySilence.urgeEvery" => definition.Supervision?.CountySilence?.UrgeEvery is not null,
        "callbackWithin" => definition.Assessment?.CallbackWithin is not null,
        _ => definition.Supervision?.Escalation.Count > 0,
    };
}
