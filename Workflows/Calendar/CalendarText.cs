using System.Globalization;

namespace CaseFlow.Workflows.Calendar;

/// <summary>The text forms the calendar declares dates and times in: yyyy-MM-dd and HH:mm.</summary>
internal static class CalendarText
{
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The weekday a working-week entry names (monday … sunday), or null.</summary>
    public static DayOfWeek? Weekday(string name) => Catalogue.Weekdays.TryGetValue(name, out var day) ? day : null;
}
