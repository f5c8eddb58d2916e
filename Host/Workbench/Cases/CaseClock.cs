using System.Globalization;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Workbench.Cases;

/// <summary>
/// Times as the township reads them: in its calendar's time zone (China Standard Time, Asia/Shanghai, when the definition declares no
/// calendar), and the working time left before a deadline when the calendar can count it.
/// </summary>
public sealed class CaseClock(CompiledDefinition definition, DateTimeOffset now)
{
    /// <summary>The zone of a definition without a calendar: the township's own.</summary>
    public static readonly TimeZoneInfo Township = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The format of a local time on the page (and of a datetime-local field).</summary>
    public const string Format = "yyyy-MM-dd HH:mm";

    // To the second: a call recorded right after the case closed must not read as made before it.
    private const string FieldFormat = "yyyy-MM-dd'T'HH:mm:ss";

    private WorkingCalendar? Calendar => definition.Calendar;

    /// <summary>The zone times are shown and read in.</summary>
    public TimeZoneInfo Zone => Calendar?.TimeZone ?? Township;

    /// <summary>Now, as the page was made.</summary>
    public DateTimeOffset Now => now;

    /// <summary>The instant in the township's zone.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant as the page shows it.</summary>
    public string Show(DateTimeOffset instant) => Local(instant).ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The instant as a datetime-local field holds it.</summary>
    public string Field(DateTimeOffset instant) => Local(instant).ToString(FieldFormat, CultureInfo.InvariantCulture);

    /// <summary>A datetime-local field's value read in the township's zone, or null when it is not one.</summary>
    public DateTimeOffset? Read(string text)
    {
        if (!DateTime.TryParseExact(text, [FieldFormat, "yyyy-MM-dd'T'HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>
    /// The working time from now to the deadline (positive) or past it (negative), counted on the calendar; null when the definition
    /// declares no calendar to count it with.
    /// </summary>
    public WorkingTime? Left(DateTimeOffset deadline)
    {
        if (Calendar is not { } calendar)
        {
            return null;
        }

        return deadline >= now
            ? new WorkingTime(calendar.WorkingTimeBetween(now, deadline), calendar.WorkingDayLength, Overdue: false)
            : new WorkingTime(calendar.WorkingTimeBetween(deadline, now), calendar.WorkingDayLength, Overdue: true);
    }
}

/// <summary>An amount of working time, in the calendar's working days, hours and minutes.</summary>
/// <param name="Span">The working time.</param>
/// <param name="Day">How long a working day is.</param>
/// <param name="Overdue">True when the time is past the deadline rather than left before it.</param>
public sealed record WorkingTime(TimeSpan Span, TimeSpan Day, bool Overdue)
{
    /// <summary>Whole working days.</summary>
    public int Days => Day > TimeSpan.Zero ? (int)(Span.Ticks / Day.Ticks) : 0;

    /// <summary>Whole hours beyond the days.</summary>
    public int Hours => (int)Rest.TotalHours;

    /// <summary>Minutes beyond the hours.</summary>
    public int Minutes => Rest.Minutes;

    private TimeSpan Rest => Day > TimeSpan.Zero ? TimeSpan.FromTicks(Span.Ticks % Day.Ticks) : Span;
}
