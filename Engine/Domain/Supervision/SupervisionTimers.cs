using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Supervision;

/// <summary>
/// The supervision timers a definition declares (<c>supervision.timers</c>), read against a case: whether each runs in the case's
/// position and when it falls due. The one place the clocks, spans and counters a declaration names are read from the case and
/// the policy.
/// </summary>
public static class SupervisionTimers
{
    /// <summary>
    /// The timers the definition declares; for a version published before timers were declared, the timers the engine of that time
    /// planned, in the same terms (each where its trigger is permitted, the urging only after the warning).
    /// </summary>
    public static IReadOnlyList<SupervisionTimer> Of(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Definition.Supervision?.Timers ?? Legacy(definition);
    }

    /// <summary>When the timer falls due for this case, or null when it does not run now (a clock or span missing, its limit reached).</summary>
    public static DateTimeOffset? Due(SupervisionTimer timer, CaseState state, CompiledDefinition definition, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(timer);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(calendar);
        var clocks = timer.At.Select(c => Clock(c, state, definition, calendar)).OfType<DateTimeOffset>().ToList();
        if (clocks.Count == 0 || (timer.Until is { } limit && timer.Count is { } bounded && Counter(bounded, state) >= Limit(limit, definition)))
        {
            return null;
        }

        var due = clocks.Max();
        if (timer.Every is { } every)
        {
            if (Span(every, definition) is not { } interval)
            {
                return null;
            }

            if (timer.Since is { } since && Clock(since, state, definition, calendar) is { } last)
            {
                due = calendar.Add(last, interval);
            }
            else if (timer.Count is { } counter)
            {
                for (var i = 0; i < Counter(counter, state); i++)
                {
                    due = calendar.Add(due, interval);
                }
            }
        }

        return timer.After switch
        {
            null => due,
            "escalation" => Ladder(due, state, definition, calendar),
            var after => Span(after, definition) is { } span ? calendar.Add(due, span) : null,
        };
    }

    /// <summary>True when the timer runs in the case's position: its workflow's state, or its supervision state in the workflow beside.</summary>
    public static bool RunsIn(SupervisionTimer timer, CaseState state, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(timer);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        if (timer.In is not { } positions)
        {
            return true;
        }

        var beside = state.Supervision is null ? null : definition.BesideOf(state.Workflow)?.Definition.Id;
        return positions.Any(p => p == state.Position || (beside is not null && p == $"{beside}.{state.Supervision}"));
    }

    /// <summary>The trigger a timer of this name fires under the definition, or null when it declares no such timer.</summary>
    public static string? TriggerOf(string timer, CompiledDefinition definition) => Of(definition).FirstOrDefault(t => t.Timer == timer)?.Fires;

    private static DateTimeOffset? Clock(string clock, CaseState state, CompiledDefinition definition, WorkingCalendar calendar) => clock switch
    {
        "signedFor" => state.SignedForAt,
        "handlingDeadline" => state.HandlingDeadline,
        "warning" => state is { SignedForAt: { } signedFor, HandlingDeadline: { } deadline } && definition.Supervision is { } policy
            ? SupervisionSchedule.WarnAt(signedFor, deadline, calendar, policy)
            : null,
        "signForDeadline" => state.SignForDeadline,
        "countyDeadline" => state.CountyDeadline,
        "closed" => state.ClosedAt,
        "lastUrged" => state.LastUrgedAt,
        _ => throw new ArgumentException($"'{clock}' is not a timer clock", nameof(clock)),
    };

    private static Deadline? Span(string span, CompiledDefinition definition) => span switch
    {
        "urgeEvery" => definition.Supervision?.UrgeEvery,
        "countySilence.urgeEvery" => definition.Supervision?.CountySilence?.UrgeEvery,
        "callbackWithin" => definition.Definition.Assessment?.CallbackWithin,
        _ => throw new ArgumentException($"'{span}' is not a timer span", nameof(span)),
    };

    private static int Counter(string counter, CaseState state) => counter switch
    {
        "countyUrges" => state.CountyUrges,
        _ => throw new ArgumentException($"'{counter}' is not a timer counter", nameof(counter)),
    };

    private static int Limit(string limit, CompiledDefinition definition) => limit switch
    {
        "countySilence.maxUrges" => definition.Supervision?.CountySilence?.MaxUrges ?? 0,
        _ => throw new ArgumentException($"'{limit}' is not a timer limit", nameof(limit)),
    };

    // The next rung of the ladder: each step's span after the one before, from the clock; none once the top is reached.
    private static DateTimeOffset? Ladder(DateTimeOffset from, CaseState state, CompiledDefinition definition, WorkingCalendar calendar)
    {
        var steps = definition.Supervision?.Escalation ?? [];
        if (state.Escalations >= steps.Count)
        {
            return null;
        }

        var due = from;
        for (var rung = 0; rung <= state.Escalations; rung++)
        {
            due = calendar.Add(due, steps[rung].After!);
        }

        return due;
    }

    private static IReadOnlyList<SupervisionTimer> Legacy(CompiledDefinition definition)
    {
        // The urging followed the warning: it ran where a case could be urged but no longer warned.
        var afterWarning = definition.Definition.Workflows
            .SelectMany(w => w.States.Where(s => Fires(w, s, "Urge") && !Fires(w, s, "Warn")).Select(s => $"{w.Id}.{s.Id}"))
            .ToList();
        return
        [
            new() { Timer = TimerKinds.Warn, Fires = "Warn", At = ["warning"] },
            new() { Timer = TimerKinds.Overdue, Fires = "MarkOverdue", At = ["handlingDeadline"] },
            new() { Timer = TimerKinds.Urge, Fires = "Urge", In = afterWarning, At = ["warning", "lastUrged"], After = "urgeEvery" },
            new() { Timer = TimerKinds.Escalate, Fires = "Escalate", At = ["handlingDeadline"], After = "escalation" },
            new() { Timer = TimerKinds.SignForOverdue, Fires = "UrgeSignFor", At = ["signForDeadline"], Every = "urgeEvery", Since = "lastUrged" },
            new()
            {
                Timer = TimerKinds.CountySilence, Fires = "UrgeCounty", At = ["countyDeadline"], Every = "countySilence.urgeEvery",
                Count = "countyUrges", Until = "countySilence.maxUrges",
            },
            new() { Timer = TimerKinds.CallbackOverdue, Fires = "FlagCallbackOverdue", At = ["closed"], After = "callbackWithin" },
        ];
    }

    private static bool Fires(WorkflowDefinition workflow, StateDefinition state, string trigger) =>
        workflow.Transitions.Any(t => t.From == state.Id && t.Trigger == trigger);
}
