using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Engine.Calendars;

/// <summary>
/// What a recorded deadline carries besides its instant: the calendar version it was computed on, so that replay reads it rather
/// than recomputing it, and the years it counts over that the calendar does not declare, which make it provisional.
/// </summary>
public static class DeadlineStamp
{
    /// <summary>
    /// The payload with its deadline's calendar version and undeclared years, counted from <paramref name="from"/> (where the deadline's
    /// count starts) to the deadline; unchanged when it sets no deadline or no calendar version is published.
    /// </summary>
    public static CasePayload Mark(CasePayload payload, DateTimeOffset from, int? version, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(calendar);
        if (version is null || payload.Deadline is not { } deadline)
        {
            return payload;
        }

        var undeclared = calendar.UndeclaredYears(from, deadline);
        return payload with { CalendarVersion = version, UndeclaredYears = undeclared.Count == 0 ? null : undeclared };
    }
}
