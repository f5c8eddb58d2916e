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

    /// <summary>The timers the case should have now, on the calendar its deadlines were computed on; empty when it is unsupervised or has ended.</summary>
    public static IReadOnlyList<CaseTimer> Plan(CaseState state, CompiledDefinition definition, CalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        calendars ??= CalendarSet.None;
        if (state.IsFinal)
        {
            return CallbackTimers(state, definition, calendars);
        }

        if (calendars.Of(state, definition) is not { } calendar || definition.Supervision is not { } policy)
        {
            return [];
        }

        var permitted = CaseDecider.PermittedTriggers(state, definition).ToHashSet(StringComparer.Ordinal);
        var timers = new List<CaseTimer>();
        void Add(string kind, DateTimeOffset due)
        {
            if (permitted.Contains(TimerKinds.Trigger(kind)))
            {
                timers.Add(new CaseTimer(state.Id, kind, due, state.Version));
            }
        }

        if (state is { Supervision: not null, SignedForAt: { } signedForAt, HandlingDeadline: { } deadline })
        {
            var warnAt = WarnAt(signedForAt, deadline, calendar, policy);
            Add(TimerKinds.Warn, warnAt);
            Add(TimerKinds.Overdue, deadline);
            if (!permitted.Contains(Triggers.Warn))
            {
                // Urging follows the warning (itself the first notice), at the policy's interval after the latest notice.
                Add(TimerKinds.Urge, calendar.Add(Later(warnAt, state.LastUrgedAt), policy.UrgeEvery!));
            }
            if (state.Escalations < policy.Escalation.Count)
            {
                var due = deadline;
                for (var rung = 0; rung <= state.Escalations; rung++)
                {
                    due = calendar.Add(due, policy.Escalation[rung].After!);
                }

                Add(TimerKinds.Escalate, due);
            }
        }

        if (state.SignForDeadline is { } signBy)
        {
            Add(TimerKinds.SignForOverdue, state.LastUrgedAt is { } urged ? calendar.Add(urged, policy.UrgeEvery!) : signBy);
        }

        if (state.CountyDeadline is { } countyBy && state.CountyStatus is CountyStatuses.Accepted or CountyStatuses.Assigned
            && state.CountyUrges < policy.CountySilence!.MaxUrges)
        {
            var due = countyBy;
            for (var urged = 0; urged < state.CountyUrges; urged++)
            {
                due = calendar.Add(due, policy.CountySilence.UrgeEvery!);
            }

            Add(TimerKinds.CountySilence, due);
        }

        return timers;
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

    private static IReadOnlyList<CaseTimer> CallbackTimers(CaseState state, CompiledDefinition definition, CalendarSet calendars) =>
        CallbackDue(state, definition, calendars) is { } due && CaseDecider.PermittedTriggers(state, definition).Contains(Triggers.FlagCallbackOverdue)
            ? [new CaseTimer(state.Id, TimerKinds.CallbackOverdue, due, state.Version)]
            : [];

    private static bool IsUrgent(CaseState state) => state.Priority == "urgent";

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } other && other > a ? other : a;
}
