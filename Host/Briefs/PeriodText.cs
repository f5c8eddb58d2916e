using System.Globalization;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Input;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Host.Briefs;

/// <summary>Reads the periods and instants people give the verbs and endpoints; each error says what was wrong and what would be right.</summary>
public static class PeriodText
{
    /// <summary>The week (Monday to Sunday) holding the date given, or by default the week before the one holding <paramref name="now"/>.</summary>
    public static (AssessmentPeriod? Period, string? Error) Week(string? text, DateTimeOffset now, WorkingCalendar? calendar)
    {
        DateOnly day;
        if (string.IsNullOrWhiteSpace(text))
        {
            day = Today(now, calendar).AddDays(-7);
        }
        else if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return (null, $"week '{text}' is not a date; give any day of the week as yyyy-MM-dd, e.g. 2026-11-16 (the brief covers Monday to Sunday)");
        }

        return InputLimits.DateProblem("week", day) is { } outOfRange
            ? (null, outOfRange)
            : (AssessmentPeriod.Week(day.AddDays(-(((int)day.DayOfWeek + 6) % 7))), null);
    }

    /// <summary>The month given as yyyy-MM, or by default the month before the one holding <paramref name="now"/>.</summary>
    public static (AssessmentPeriod? Period, string? Error) Month(string? text, DateTimeOffset now, WorkingCalendar? calendar)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            var today = Today(now, calendar);
            return (AssessmentPeriod.Month(today.Year, today.Month).Previous(), null);
        }

        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return (null, $"month '{text}' is not a month; give it as yyyy-MM, e.g. 2026-11");
        }

        return InputLimits.DateProblem("month", first) is { } outOfRange ? (null, outOfRange) : (AssessmentPeriod.Month(first.Year, first.Month), null);
    }

    /// <summary>The year given, or by default the year before the one holding <paramref name="now"/> (the assessment is annual).</summary>
    public static (AssessmentPeriod? Period, string? Error) Year(string? text, DateTimeOffset now, WorkingCalendar? calendar)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (AssessmentPeriod.Year(Today(now, calendar).Year - 1), null);
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year > 9999)
        {
            return (null, $"year '{text}' is not a year; give it as yyyy, e.g. 2026");
        }

        return InputLimits.DateProblem("year", new DateOnly(Math.Max(year, 1), 1, 1)) is { } outOfRange ? (null, outOfRange) : (AssessmentPeriod.Year(year), null);
    }

    /// <summary>The days from <paramref name="from"/> up to (not including) <paramref name="to"/>, both yyyy-MM-dd.</summary>
    public static (AssessmentPeriod? Period, string? Error) Range(string? from, string? to)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return (null, $"from '{from}' is not a date; give the first day as yyyy-MM-dd, e.g. 2026-11-01");
        }

        if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return (null, $"to '{to}' is not a date; give the day after the last as yyyy-MM-dd, e.g. 2026-12-01");
        }

        if ((InputLimits.DateProblem("from", first) ?? InputLimits.DateProblem("to", end)) is { } outOfRange)
        {
            return (null, outOfRange);
        }

        if (end <= first)
        {
            return (null, $"to ({to}) must come after from ({from}): the period runs from the start of 'from' to the start of 'to'");
        }

        return end.DayNumber - first.DayNumber > InputLimits.MaxPeriodDays
            ? (null, $"the period from {from} to {to} is {end.DayNumber - first.DayNumber} days long; ask for at most {InputLimits.MaxPeriodDays} days at a time")
            : (new AssessmentPeriod(first, end), null);
    }

    /// <summary>The instant to read the histories at: the one given (ISO 8601), or <paramref name="now"/>.</summary>
    public static (DateTimeOffset AsOf, string? Error) AsOf(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (now, null);
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return (now, $"asOf '{text}' is not an instant; give it in ISO 8601, e.g. 2026-11-23T09:00:00+08:00");
        }

        return InputLimits.DateProblem("asOf", at) is { } outOfRange ? (now, outOfRange) : (at, null);
    }

    /// <summary>
    /// An instant given as <paramref name="name"/>: ISO 8601 (2026-11-23T09:00:00+08:00; without an offset, UTC), or a date
    /// (2026-11-23), which means the start of that day in the calendar's time zone (UTC without a calendar).
    /// </summary>
    public static (DateTimeOffset? Instant, string? Error) Instant(string name, string text, WorkingCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string Example = "give an instant in ISO 8601, e.g. 2026-11-23T09:00:00+08:00, or a date, e.g. 2026-11-23 (the start of that day in the township)";
        if (text.Length > 40)
        {
            return (null, $"{name} is {text.Length} characters long, too long for an instant; {Example}");
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return InputLimits.DateProblem(name, day) is { } outOfRange ? (null, outOfRange) : (new AssessmentPeriod(day, day.AddDays(1)).Start(calendar), null);
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return (null, $"{name} '{text}' is not an instant or a date; {Example}");
        }

        return InputLimits.DateProblem(name, at) is { } wrong ? (null, wrong) : (at, null);
    }

    private static DateOnly Today(DateTimeOffset now, WorkingCalendar? calendar) => DateOnly.FromDateTime((calendar?.Local(now) ?? now).DateTime);
}
