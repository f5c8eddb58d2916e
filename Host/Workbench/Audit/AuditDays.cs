using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Input;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Host.Workbench.Audit;

/// <summary>
/// A period the auditors' pages are asked for in days (the first and the last day, both included, in the township's time zone), as
/// the instants the store and the engine's period rule take.
/// </summary>
public static class AuditDays
{
    /// <summary>The period [start of <paramref name="first"/>, start of the day after <paramref name="last"/>), or what is wrong with it.</summary>
    public static (DateTimeOffset From, DateTimeOffset To, string? Problem) Period(DateOnly first, DateOnly last, WorkingCalendar? calendar)
    {
        if ((InputLimits.DateProblem("from", first) ?? InputLimits.DateProblem("to", last)) is { } outOfRange)
        {
            return (default, default, outOfRange);
        }

        var period = new AssessmentPeriod(first, last.AddDays(1));
        var (from, to) = (period.Start(calendar), period.End(calendar));
        return (from, to, InputLimits.PeriodProblem(from, to));
    }

    /// <summary>The day an instant falls on in the township's time zone.</summary>
    public static DateOnly Day(DateTimeOffset instant, WorkingCalendar? calendar) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, calendar?.TimeZone ?? TimeZoneInfo.Utc).DateTime);
}
