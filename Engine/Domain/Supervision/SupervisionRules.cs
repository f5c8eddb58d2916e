using System.Globalization;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Supervision;

/// <summary>
/// The supervision policy's part in deciding a command: a timer fires only while its case still plans it and once it is due, returns
/// and extensions stay within their limits, and the deadlines a step sets are recorded with it.
/// </summary>
internal static class SupervisionRules
{
    /// <summary>Why a timer-fired command no longer applies, or null when its timer is the case's and due.</summary>
    public static string? TimerRefusal(CaseState state, CaseCommand command, CompiledDefinition definition, DateTimeOffset now, CalendarSet calendars)
    {
        var payload = command.Payload;
        if (payload.Timer is not { } kind)
        {
            return null;
        }

        var planned = SupervisionSchedule.Plan(state, definition, calendars);
        var timer = planned.FirstOrDefault(t => t.Kind == kind && t.DueAt == payload.DueAt);
        if (timer is null || SupervisionTimers.TriggerOf(kind, definition) != command.Trigger)
        {
            var current = planned.Count == 0 ? "none" : string.Join(", ", planned.Select(t => $"{t.Kind} at {t.DueAt:O}"));
            return $"timer '{kind}' due {payload.DueAt:O} no longer applies: the case has moved on ({state.Position}); its timers now: {current}";
        }

        return now < timer.DueAt ? $"timer '{kind}' is not due until {timer.DueAt:O}" : null;
    }

    /// <summary>Why the policy refuses a transition the workflow permits, or null.</summary>
    public static string? Refusal(CaseState state, CaseCommand command, CompiledDefinition definition, DateTimeOffset now, CalendarSet calendars)
    {
        if (definition.Supervision is not { } policy || calendars.Of(state, definition) is not { } calendar)
        {
            return null;
        }

        switch (command.Trigger)
        {
            case Triggers.Return when policy.Returns is { } returns:
                if (state.Returns >= returns.MaxCount)
                {
                    return $"the case has been returned {state.Returns} time(s), the most the supervision policy allows ({returns.MaxCount}); handle it, or ask the command room to re-dispatch it";
                }

                if (state.RoutedAt is { } routed && calendar.Add(routed, returns.Within!) is var returnBy && now > returnBy)
                {
                    return $"a return (退单) must come within {returns.Within!.Describe()} of receiving the case; it arrived {Local(calendar, routed)} and the limit passed {Local(calendar, returnBy)}";
                }

                return null;
            case Triggers.RequestExtension when policy.Extensions is { } extensions:
                if (state.Extensions >= extensions.MaxCount)
                {
                    return $"the case has had {state.Extensions} extension(s), the most the supervision policy allows ({extensions.MaxCount})";
                }

                var remaining = extensions.MaxWorkingDays - state.ExtensionDays;
                var asked = CaseTriggers.RequestExtension.Read(command.Payload).WorkingDays;
                return asked > remaining
                    ? $"asks for {asked} working day(s), but extensions may add {extensions.MaxWorkingDays} in all and {remaining} remain; ask for at most {remaining}"
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The payload with the deadlines the transition's effects set, computed on the current calendar from <paramref name="now"/>, and
    /// the calendar version they were computed on (see <see cref="DeadlineStamp"/>).
    /// </summary>
    public static CasePayload Stamp(CaseState state, CasePayload payload, IReadOnlyList<string> effects, CompiledDefinition definition, DateTimeOffset now, CalendarSet calendars)
    {
        var (version, current) = calendars.ForNewDeadlines(definition);
        if (definition.Supervision is null || current is not { } calendar)
        {
            return payload;
        }

        foreach (var effect in effects)
        {
            payload = CaseEffects.Of(effect).Stamp(state, payload, definition, calendar, version, now);
        }

        return payload;
    }

    private static string Local(Workflows.Calendar.WorkingCalendar calendar, DateTimeOffset instant) =>
        calendar.Local(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
