using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>
/// The deadline an open case is working to now — its sign-for deadline while it awaits sign-for, its handling deadline while it is
/// handled under supervision, the earlier when both run — and where it stands against it at an instant, in working time on the
/// definition's calendar. It is due soon from the moment the supervision policy would warn (its <c>warnAt</c> share of the working
/// time from when the clock started, as the engine's warning timer is planned) and overdue from the deadline itself.
/// </summary>
/// <param name="Kind">Which deadline it is.</param>
/// <param name="At">The deadline.</param>
/// <param name="WarnFrom">When the warning window opens; null when the policy or the start of the clock is unknown.</param>
/// <param name="Now">The instant it is judged at.</param>
/// <param name="WorkingTimeLeft">Working time left until the deadline (zero once it has passed).</param>
/// <param name="WorkingTimeOver">Working time since the deadline passed (zero before).</param>
public sealed record CaseDeadline(DeadlineKind Kind, DateTimeOffset At, DateTimeOffset? WarnFrom, DateTimeOffset Now, TimeSpan WorkingTimeLeft, TimeSpan WorkingTimeOver)
{
    /// <summary>True once the deadline has passed (it counts as passed at the instant it falls, as the supervision timers fire at it).</summary>
    public bool IsOverdue => Now >= At;

    /// <summary>True within the warning window, before the deadline.</summary>
    public bool IsDueSoon => !IsOverdue && WarnFrom is { } warn && Now >= warn;

    /// <summary>The deadline the case works to at <paramref name="now"/>, or null when it has none (unsupervised, not yet assigned, ended).</summary>
    public static CaseDeadline? Of(CaseState state, CompiledDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        if (state.IsFinal)
        {
            return null;
        }

        // The handling deadline outlives handling (a completed case keeps it): it counts only while supervision runs.
        var handling = state.Supervision is null ? null : state.HandlingDeadline;
        (DeadlineKind Kind, DateTimeOffset At, DateTimeOffset? Start)? pending = (state.SignForDeadline, handling) switch
        {
            ({ } signFor, { } handle) when handle < signFor => (DeadlineKind.Handling, handle, state.SignedForAt),
            ({ } signFor, _) => (DeadlineKind.SignFor, signFor, state.RoutedAt),
            (null, { } handle) => (DeadlineKind.Handling, handle, state.SignedForAt),
            _ => null,
        };
        if (pending is not { } found)
        {
            return null;
        }

        var (kind, at, start) = found;

        var calendar = definition.Calendar;
        var warnFrom = calendar is not null && definition.Supervision is { } policy && start is { } from && from <= at
            ? SupervisionSchedule.WarnAt(from, at, calendar, policy)
            : (DateTimeOffset?)null;
        var left = calendar?.WorkingTimeBetween(now, at) ?? (at > now ? at - now : TimeSpan.Zero);
        var over = calendar?.WorkingTimeBetween(at, now) ?? (now > at ? now - at : TimeSpan.Zero);
        return new CaseDeadline(kind, at, warnFrom, now, left, over);
    }
}

/// <summary>Which deadline a case works to.</summary>
public enum DeadlineKind
{
    /// <summary>By when the assigned office must sign for (签收) the case.</summary>
    SignFor,

    /// <summary>By when the office must finish handling it.</summary>
    Handling,
}
