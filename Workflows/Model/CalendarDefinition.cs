namespace CaseFlow.Workflows.Model;

/// <summary>
/// The township's working calendar as declared: its time zone, working week and hours, and each year's public holidays and
/// make-up workdays (调休), so that deadlines are counted in working time.
/// </summary>
public sealed record CalendarDefinition
{
    /// <summary>IANA time zone id the working hours are in, e.g. Asia/Shanghai.</summary>
    public string TimeZone { get; init; } = "";

    /// <summary>The days of an ordinary week that are worked (monday … sunday), before holidays and make-up days.</summary>
    public IReadOnlyList<string> WorkingWeek { get; init; } = [];

    /// <summary>The working hours of a working day, in order, e.g. 08:30–12:00 and 14:00–17:30.</summary>
    public IReadOnlyList<WorkingSpan> WorkingHours { get; init; } = [];

    /// <summary>Public holidays and make-up workdays, one entry per year, each naming the notice it was transcribed from.</summary>
    public IReadOnlyList<HolidayYear> Years { get; init; } = [];
}

/// <summary>One span of working hours in local time.</summary>
public sealed record WorkingSpan
{
    /// <summary>When work starts, HH:mm.</summary>
    public string From { get; init; } = "";

    /// <summary>When work stops, HH:mm.</summary>
    public string To { get; init; } = "";
}

/// <summary>A year's holiday arrangement (放假安排) as the State Council's notice lays it down.</summary>
public sealed record HolidayYear
{
    /// <summary>The calendar year.</summary>
    public int Year { get; init; }

    /// <summary>Where the dates come from (the notice's title and number), so that an administrator can check them.</summary>
    public string Source { get; init; } = "";

    /// <summary>The public holidays, each a run of days off.</summary>
    public IReadOnlyList<Holiday> Holidays { get; init; } = [];

    /// <summary>Weekend days worked instead (调休上班).</summary>
    public IReadOnlyList<MakeUpWorkday> MakeUpWorkdays { get; init; } = [];
}

/// <summary>A public holiday: a run of consecutive days off, weekends within it included.</summary>
public sealed record Holiday
{
    /// <summary>Its name, e.g. 春节.</summary>
    public string Name { get; init; } = "";

    /// <summary>First day off, yyyy-MM-dd.</summary>
    public string From { get; init; } = "";

    /// <summary>Last day off, yyyy-MM-dd.</summary>
    public string To { get; init; } = "";
}

/// <summary>A weekend day that is worked because a holiday was moved (调休).</summary>
public sealed record MakeUpWorkday
{
    /// <summary>The day, yyyy-MM-dd.</summary>
    public string Date { get; init; } = "";

    /// <summary>The holiday it makes up for, e.g. 春节.</summary>
    public string For { get; init; } = "";
}
