namespace CaseFlow.Simulator;

/// <summary>The county's working days: Monday to Friday (the simulator ignores holidays).</summary>
internal static class CountyCalendar
{
    public static DateTimeOffset AddWorkingDays(DateTimeOffset from, int days)
    {
        var at = from;
        while (days > 0)
        {
            at = at.AddDays(1);
            if (at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return at;
    }
}
