using System.Globalization;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Calendar checks: a known time zone, a working week and ordered working hours, and per year holidays and make-up days that agree.</summary>
internal static class CalendarRules
{
    /// <summary>Checks a definition's calendar section, at <c>$.calendar</c>.</summary>
    public static void Check(CalendarDefinition? calendar, ErrorList errors) => Check(calendar, errors, "$.calendar");

    /// <summary>Checks a calendar declared at <paramref name="root"/> (<c>$</c> for a calendar published on its own).</summary>
    public static void Check(CalendarDefinition? calendar, ErrorList errors, string root)
    {
        if (calendar is null)
        {
            return;
        }

        CheckTimeZone(calendar.TimeZone, errors, root);
        CheckWorkingWeek(calendar.WorkingWeek, errors, root);
        CheckWorkingHours(calendar.WorkingHours, errors, root);
        var workingWeek = calendar.WorkingWeek.Select(CalendarText.Weekday).OfType<DayOfWeek>().ToHashSet();
        var years = new HashSet<int>();
        for (var y = 0; y < calendar.Years.Count; y++)
        {
            var year = calendar.Years[y];
            var path = $"{root}.years[{y}]";
            if (!years.Add(year.Year))
            {
                errors.Add($"{path}.year", $"the year {year.Year} is declared twice; give each year's holidays once");
            }

            if (string.IsNullOrWhiteSpace(year.Source))
            {
                errors.Add($"{path}.source", $"say where the {year.Year} holidays come from: the State Council notice's title and number");
            }

            var holidays = CheckHolidays(year, path, errors);
            CheckMakeUpWorkdays(year, path, holidays, workingWeek, errors);
        }
    }

    /// <summary>The length of a working day under a calendar whose hours parse, or null.</summary>
    public static TimeSpan? DayLength(CalendarDefinition? calendar)
    {
        if (calendar is null || calendar.WorkingHours.Count == 0)
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (var span in calendar.WorkingHours)
        {
            if (!CalendarText.TryTime(span.From, out var from) || !CalendarText.TryTime(span.To, out var to) || to <= from)
            {
                return null;
            }

            total += to - from;
        }

        return total;
    }

    private static void CheckTimeZone(string timeZone, ErrorList errors, string root)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            errors.Add($"{root}.timeZone", $"unknown time zone '{timeZone}'; give an IANA time zone id such as \"Asia/Shanghai\"");
        }
    }

    private static void CheckWorkingWeek(IReadOnlyList<string> week, ErrorList errors, string root)
    {
        if (week.Count == 0)
        {
            errors.Add($"{root}.workingWeek", "declare at least one working day, e.g. [\"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\"]");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < week.Count; i++)
        {
            if (CalendarText.Weekday(week[i]) is null)
            {
                errors.Add($"{root}.workingWeek[{i}]", $"unknown weekday '{week[i]}'; weekdays are: {string.Join(", ", Catalogue.Weekdays.Keys)}");
            }
            else if (!seen.Add(week[i]))
            {
                errors.Add($"{root}.workingWeek[{i}]", $"'{week[i]}' is named twice in the working week");
            }
        }
    }

    private static void CheckWorkingHours(IReadOnlyList<WorkingSpan> hours, ErrorList errors, string root)
    {
        if (hours.Count == 0)
        {
            errors.Add($"{root}.workingHours", "declare the working hours, e.g. [{\"from\": \"08:30\", \"to\": \"12:00\"}, {\"from\": \"14:00\", \"to\": \"17:30\"}]");
        }

        TimeOnly? previousEnd = null;
        for (var i = 0; i < hours.Count; i++)
        {
            var path = $"{root}.workingHours[{i}]";
            var fromOk = CalendarText.TryTime(hours[i].From, out var from);
            var toOk = CalendarText.TryTime(hours[i].To, out var to);
            if (!fromOk)
            {
                errors.Add($"{path}.from", $"'{hours[i].From}' is not a time of day; write it HH:mm, e.g. \"08:30\"");
            }

            if (!toOk)
            {
                errors.Add($"{path}.to", $"'{hours[i].To}' is not a time of day; write it HH:mm, e.g. \"17:30\"");
            }

            if (!fromOk || !toOk)
            {
                previousEnd = null;
                continue;
            }

            if (to <= from)
            {
                errors.Add(path, $"working hours must end after they start; found {hours[i].From}–{hours[i].To}");
            }
            else if (previousEnd is { } end && from < end)
            {
                errors.Add(path, $"working hours {hours[i].From}–{hours[i].To} start before the span before them ends ({end.ToString("HH:mm", CultureInfo.InvariantCulture)}); list spans in order, without overlap");
            }

            previousEnd = to;
        }
    }

    /// <summary>Checks a year's holidays and returns every holiday date with its holiday's name.</summary>
    private static Dictionary<DateOnly, string> CheckHolidays(HolidayYear year, string path, ErrorList errors)
    {
        var dates = new Dictionary<DateOnly, string>();
        for (var h = 0; h < year.Holidays.Count; h++)
        {
            var holiday = year.Holidays[h];
            var at = $"{path}.holidays[{h}]";
            var fromOk = InYear(holiday.From, year.Year, $"{at}.from", errors, out var from);
            var toOk = InYear(holiday.To, year.Year, $"{at}.to", errors, out var to);
            if (!fromOk || !toOk)
            {
                continue;
            }

            if (to < from)
            {
                errors.Add(at, $"holiday '{holiday.Name}' ends ({holiday.To}) before it starts ({holiday.From})");
                continue;
            }

            for (var day = from; day <= to; day = day.AddDays(1))
            {
                if (!dates.TryAdd(day, holiday.Name))
                {
                    errors.Add(at, $"{day:yyyy-MM-dd} is in holiday '{holiday.Name}' and already in '{dates[day]}'; a day belongs to one holiday");
                }
            }
        }

        return dates;
    }

    private static void CheckMakeUpWorkdays(HolidayYear year, string path, Dictionary<DateOnly, string> holidays, HashSet<DayOfWeek> workingWeek, ErrorList errors)
    {
        var seen = new HashSet<DateOnly>();
        for (var m = 0; m < year.MakeUpWorkdays.Count; m++)
        {
            var makeUp = year.MakeUpWorkdays[m];
            var at = $"{path}.makeUpWorkdays[{m}].date";
            if (!InYear(makeUp.Date, year.Year, at, errors, out var date))
            {
                continue;
            }

            if (holidays.TryGetValue(date, out var holiday))
            {
                errors.Add(at, $"{makeUp.Date} is both a holiday ('{holiday}') and a make-up workday; a day is one or the other");
            }
            else if (workingWeek.Contains(date.DayOfWeek))
            {
                errors.Add(at, $"{makeUp.Date} is a {date.DayOfWeek}, already a working day; a make-up workday (调休上班) must fall on a day off such as a weekend");
            }

            if (!seen.Add(date))
            {
                errors.Add(at, $"{makeUp.Date} is listed twice as a make-up workday");
            }
        }
    }

    private static bool InYear(string text, int year, string path, ErrorList errors, out DateOnly date)
    {
        if (!CalendarText.TryDate(text, out date))
        {
            errors.Add(path, $"'{text}' is not a date; write it yyyy-MM-dd, e.g. \"{year}-10-01\"");
            return false;
        }

        if (date.Year != year)
        {
            errors.Add(path, $"{text} is not in {year}, the year it is listed under");
            return false;
        }

        return true;
    }
}
