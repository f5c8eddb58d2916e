using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Calendars;

/// <summary>
/// The pure decision to recompute a provisional deadline on the current calendar: the deadline the case waits on (sign-for, or
/// handling with its approved extensions) counted again from where it started, recorded as one <see cref="Triggers.RecomputeDeadline"/>
/// event that moves the case nowhere. Not a workflow step: CaseFlow takes it when a calendar declaring the year is published.
/// </summary>
public static class DeadlineRecomputation
{
    /// <summary>The recomputation event, or a rejection saying why the case has no provisional deadline to recompute.</summary>
    /// <param name="state">The case.</param>
    /// <param name="definition">The definition the case is pinned to.</param>
    /// <param name="calendars">The calendars, the one to recompute on current.</param>
    /// <param name="publisher">Who published the calendar that caused it: the identity recorded with the event.</param>
    /// <param name="now">When it is recorded.</param>
    public static Decision Decide(CaseState state, CompiledDefinition definition, CalendarSet calendars, string publisher, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(calendars);
        if (!state.IsProvisional)
        {
            return Decision.Reject($"case {state.Id} waits on no provisional deadline ({state.Position}); nothing to recompute");
        }

        var (version, current) = calendars.ForNewDeadlines(definition);
        if (version is null || current is not { } calendar)
        {
            return Decision.Reject("no calendar is published to recompute deadlines on");
        }

        var declared = state.UndeclaredYears.Where(calendar.Declares).ToList();
        if (declared.Count == 0)
        {
            return Decision.Reject($"calendar version {version} does not declare {string.Join(", ", state.UndeclaredYears)} either; case {state.Id}'s deadline stays provisional");
        }

        var (start, deadline) = state.SignForDeadline is not null
            ? (state.RoutedAt!.Value, SupervisionSchedule.SignForDeadline(state, definition, state.RoutedAt!.Value, calendar))
            : (state.SignedForAt!.Value, Extended(SupervisionSchedule.HandlingDeadline(state, definition, state.SignedForAt!.Value, calendar), state, calendar));
        if (deadline is null)
        {
            return Decision.Reject($"calendar version {version} gives case {state.Id} no deadline under its definition; it keeps the one it has");
        }

        var payload = DeadlineStamp.Mark(new CasePayload { Deadline = deadline, Reason = Reason(state, version.Value, declared) }, start, version, calendar);
        return Decision.Accept(new CaseEvent
        {
            CaseId = state.Id,
            Sequence = state.Version + 1,
            Trigger = Triggers.RecomputeDeadline,
            From = state.Position,
            Reached = state.Position,
            To = state.Position,
            Supervision = state.Supervision,
            // CaseFlow acts (the timer pump's position); the identity is the administrator whose publication caused it.
            Actor = Positions.TimerPump,
            Identity = publisher,
            ActorKind = ActorKinds.System,
            At = now,
            DefinitionVersion = state.DefinitionVersion,
            Payload = payload,
        });
    }

    private static DateTimeOffset? Extended(DateTimeOffset? deadline, CaseState state, Workflows.Calendar.WorkingCalendar calendar) =>
        deadline is { } at && state.ExtensionDays > 0 ? calendar.AddWorkingDays(at, state.ExtensionDays) : deadline;

    private static string Reason(CaseState state, int version, List<int> declared) =>
        $"calendar version {version} declares {string.Join(", ", declared)}, over which the deadline computed on calendar version {state.CalendarVersion} was provisional";
}
