using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Supervision;

/// <summary>
/// Deadlines and timers, derived purely from a case and its pinned definition: the calendar counts the working time and the
/// supervision policy says when each step falls due. A case's timers are whatever this plans after its latest event.
/// </summary>
public static class SupervisionSchedule
{
    /// <summary>The handling deadline for a case whose clock starts at <paramref name="start"/> (sign-for), by category and priority.</summary>
    public static DateTimeOffset? HandlingDeadline(CaseState state, CompiledDefinition definition, DateTimeOffset start) =>
        HandlingDeadline(state, definition, start, definition?.Calendar);

    /// <summary>The handling deadline counted on a given calendar (the one current when it is computed).</summary>
    public static DateTimeOffset? HandlingDeadline(CaseState state, CompiledDefinition definition, DateTimeOffset start, WorkingCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        var category = definition.Category(state.Category);
        var span = IsUrgent(state) ? category?.UrgentDeadline ?? category?.Deadline : category?.Deadline;
        return calendar is not null && definition.Supervision is not null && span is not null ? calendar.Add(start, span) : null;
    }

    /// <summary>The sign-for deadline for a case assigned at <paramref name="start"/>, by priority.</summary>
    public static DateTimeOffset? SignForDeadline(CaseState state, CompiledDefinition definition, DateTimeOffset start) =>
        SignForDeadline(state, definition, start, definition?.Calendar);

    /// <summary>The sign-for deadline counted on a given calendar (the one current when it is computed).</summary>
    public static DateTimeOffset? SignForDeadline(CaseState state, CompiledDefinition definition, DateTimeOffset start, WorkingCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        var within = IsUrgent(state) ? definition.Supervision?.SignForWithin?.Urgent : definition.Supervision?.SignForWithin?.Normal;
        return calendar is not null && within is not null ? calendar.Add(start, within) : null;
    }

    /// <summary>When the office is warned: the policy's share of the working time from sign-for to the handling deadline.</summary>
    public static DateTimeOffset WarnAt(DateTimeOffset signedForAt, DateTimeOffset deadline, WorkingCalendar calendar, SupervisionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        var span = calendar.WorkingTimeBetween(signedForAt, deadline);
        return calendar.AddWorkingTime(signedForAt, TimeSpan.FromTicks((long)(span.Ticks * policy.WarnAt)));
    }

    /// <summary>
    /// The timers the case should have now, on the calendar its deadlines were computed on: each timer the definition declares
    /// (<see cref="SupervisionTimers"/>) that runs in the case's position, whose trigger is permitted now, and whose clock the case has.
    /// Empty without a calendar.
    /// </summary>
    public static IReadOnlyList<CaseTimer> Plan(CaseState state, CompiledDefinition definition, CalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        if ((calendars ?? CalendarSet.None).Of(state, definition) is not { } calendar)
        {
            return [];
        }

        var permitted = CaseDecider.PermittedTriggers(state, definition).ToHashSet(StringComparer.Ordinal);
        return SupervisionTimers.Of(definition)
            .Where(t => permitted.Contains(t.Fires) && SupervisionTimers.RunsIn(t, state, definition))
            .Select(t => SupervisionTimers.Due(t, state, definition, calendar) is { } due ? new CaseTimer(state.Id, t.Timer, due, state.Version) : null)
            .OfType<CaseTimer>()
            .ToList();
    }

    /// <summary>When a closed case not yet called back (回访) is flagged: the assessment policy's time after it closed.</summary>
    public static DateTimeOffset? CallbackDue(CaseState state, CompiledDefinition definition, CalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        return state.ClosedAt is { } closedAt && (calendars ?? CalendarSet.None).Of(state, definition) is { } calendar && definition.Definition.Assessment?.CallbackWithin is { } within
            ? calendar.Add(closedAt, within)
            : null;
    }

    private static bool IsUrgent(CaseState state) => state.Priority == "urgent";
}
