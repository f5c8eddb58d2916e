using System.Globalization;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Engine.Assessment;

/// <summary>A period of days in the township's time zone, from the start of <see cref="From"/> to the start of <see cref="To"/> (excluded).</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The day after the last.</param>
public sealed record AssessmentPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The week (例会) starting on <paramref name="monday"/>: seven days.</summary>
    public static AssessmentPeriod Week(DateOnly monday) => new(monday, monday.AddDays(7));

    /// <summary>A calendar month (联席会议).</summary>
    public static AssessmentPeriod Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1));

    /// <summary>A calendar year (属地考评).</summary>
    public static AssessmentPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    /// <summary>The period of the same length just before this one (for a month, the month before).</summary>
    public AssessmentPeriod Previous() =>
        From.Day == 1 && To == From.AddMonths(1) ? new(From.AddMonths(-1), From) : new(From.AddDays(From.DayNumber - To.DayNumber), From);

    /// <summary>The instant the period starts, in the calendar's time zone (UTC without a calendar).</summary>
    public DateTimeOffset Start(WorkingCalendar? calendar) => Midnight(From, calendar);

    /// <summary>The instant the period ends (excluded).</summary>
    public DateTimeOffset End(WorkingCalendar? calendar) => Midnight(To, calendar);

    /// <summary>True when the instant falls in the period.</summary>
    public bool Contains(DateTimeOffset instant, WorkingCalendar? calendar) => instant >= Start(calendar) && instant < End(calendar);

    /// <summary>The period as people write it: 2026-11-16 – 2026-11-22.</summary>
    public override string ToString() =>
        $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {To.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static DateTimeOffset Midnight(DateOnly day, WorkingCalendar? calendar)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var zone = calendar?.TimeZone ?? TimeZoneInfo.Utc;
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
