using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Reporting;

/// <summary>
/// The handling deadline as the reporter reads it: by when the case must be handled, and whether it was handled in time (judged by
/// when its result was recorded) or, until then, whether the deadline has passed — at the instant it falls, as the supervision timers
/// count it overdue.
/// </summary>
/// <param name="At">The handling deadline.</param>
/// <param name="Standing">Where the case stands against it.</param>
internal sealed record ReporterDeadline(DateTimeOffset At, DeadlineMet Standing)
{
    /// <summary>The case's handling deadline and its standing at <paramref name="now"/>; null before one is set (the case is not yet assigned).</summary>
    public static ReporterDeadline? Of(CaseState state, IReadOnlyList<CaseEvent> history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(history);
        if (state.HandlingDeadline is not { } at)
        {
            return null;
        }

        var handledAt = state.Result is null ? null : history.LastOrDefault(e => e.Payload.Result is not null)?.At;
        var standing = handledAt is { } handled ? (handled < at ? DeadlineMet.InTime : DeadlineMet.Late)
            : now >= at ? DeadlineMet.Overdue
            : DeadlineMet.Running;
        return new ReporterDeadline(at, standing);
    }
}

/// <summary>Where a case stands against its handling deadline.</summary>
internal enum DeadlineMet
{
    /// <summary>Not handled yet; the deadline has not passed.</summary>
    Running,

    /// <summary>Not handled yet; the deadline has passed.</summary>
    Overdue,

    /// <summary>Handled before the deadline.</summary>
    InTime,

    /// <summary>Handled after the deadline.</summary>
    Late,
}
