using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Calendar;

/// <summary>
/// Working time on the township's declared calendar: which days are worked (the working week, less public holidays, plus
/// make-up workdays), the working hours of each, and deadline arithmetic over them. Pure: instants in, instants out.
/// </summary>
public sealed class WorkingCalendar
{
    // Far beyond any deadline; only a calendar with no working day at all could walk this far.
    private const int MaxDaysSearched = 3660;

    private readonly bool[] _worksOnWeekday = new bool[7];

    // Every date from the first to the last the declaration touches (holidays and make-up days included), worked or not, looked
    // up by day number: what deadline arithmetic asks day after day. Dates outside it are judged by the working week alone.
    private readonly int _firstTabled;
    private readonly bool[] _tabled;

    // From this year on (UTC or local) the zone keeps its base offset: no adjustment rule that moves the clock reaches it (for
    // Asia/Shanghai, whose last summer time was 1991, from 1993), so converting needs no rule lookup. int.MaxValue when a rule never ends.
    private readonly int _baseOffsetFrom;
    private readonly IReadOnlyList<(TimeOnly From, TimeOnly To)> _spans;
    private readonly Dictionary<DateOnly, string> _holidays = [];
    private readonly Dictionary<DateOnly, string> _makeUpDays = [];
    private readonly HashSet<int> _years;

    /// <summary>Builds the calendar from a validated declaration.</summary>
    public WorkingCalendar(CalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZone);
        var moving = TimeZone.GetAdjustmentRules().Where(r => r.DaylightDelta != TimeSpan.Zero || r.BaseUtcOffsetDelta != TimeSpan.Zero).ToList();
        _baseOffsetFrom = moving.Count == 0 ? int.MinValue : moving.Max(r => r.DateEnd).Year is var last && last >= DateTime.MaxValue.Year - 1 ? int.MaxValue : last + 2;
        foreach (var weekday in definition.WorkingWeek.Select(d => CalendarText.Weekday(d) ?? throw Invalid($"weekday '{d}'")))
        {
            _worksOnWeekday[(int)weekday] = true;
        }

        _spans = definition.WorkingHours.Select(Span).ToList();
        _years = definition.Years.Select(y => y.Year).ToHashSet();
        foreach (var year in definition.Years)
        {
            foreach (var holiday in year.Holidays)
            {
                for (var day = Date(holiday.From); day <= Date(holiday.To); day = day.AddDays(1))
                {
                    _holidays[day] = holiday.Name;
                }
            }

            foreach (var makeUp in year.MakeUpWorkdays)
            {
                _makeUpDays[Date(makeUp.Date)] = makeUp.For;
            }
        }

        WorkingDayLength = _spans.Aggregate(TimeSpan.Zero, (sum, s) => sum + (s.To - s.From));
        var dates = _years.Select(y => new DateOnly(y, 1, 1)).Concat(_years.Select(y => new DateOnly(y, 12, 31)))
            .Concat(_holidays.Keys).Concat(_makeUpDays.Keys).ToList();
        _firstTabled = dates.Count == 0 ? 0 : dates.Min().DayNumber;
        _tabled = dates.Count == 0 ? [] : new bool[dates.Max().DayNumber - _firstTabled + 1];
        for (var i = 0; i < _tabled.Length; i++)
        {
            var date = DateOnly.FromDayNumber(_firstTabled + i);
            _tabled[i] = _makeUpDays.ContainsKey(date) || (_worksOnWeekday[(int)date.DayOfWeek] && !_holidays.ContainsKey(date));
        }
    }

    /// <summary>The time zone working hours are in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The working time in one working day (7 hours for 08:30–12:00 and 14:00–17:30).</summary>
    public TimeSpan WorkingDayLength { get; }

    /// <summary>True when the calendar declares the year's holidays; other years count the working week only.</summary>
    public bool Declares(int year) => _years.Contains(year);

    /// <summary>
    /// The years from <paramref name="from"/> to <paramref name="to"/> (local, both included) whose holidays the calendar does not
    /// declare: a deadline counted over any of them is provisional, since that year's holidays may still move it.
    /// </summary>
    public IReadOnlyList<int> UndeclaredYears(DateTimeOffset from, DateTimeOffset to)
    {
        var first = Local(from).Year;
        var last = Math.Max(first, Local(to).Year);
        return Enumerable.Range(first, last - first + 1).Where(y => !_years.Contains(y)).ToList();
    }

    /// <summary>The holiday a date falls in, or null.</summary>
    public string? HolidayOn(DateOnly date) => _holidays.GetValueOrDefault(date);

    /// <summary>True when the date is worked: a make-up workday, or a working-week day that is not a holiday.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        var index = (uint)(date.DayNumber - _firstTabled);
        return index < (uint)_tabled.Length ? _tabled[index] : _worksOnWeekday[(int)date.DayOfWeek];
    }

    /// <summary>True when the instant falls within the working hours of a working day.</summary>
    public bool IsWorkingTime(DateTimeOffset instant)
    {
        var local = Local(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(date) && _spans.Any(s => time >= s.From && time < s.To);
    }

    /// <summary>
    /// The deadline N working days after an instant: the close of the Nth working day after the instant's own day (the day it
    /// starts on is not counted, so a case signed for at any hour gets N whole working days). Never a holiday.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = DateOnly.FromDateTime(Local(start).DateTime);
        for (var counted = 0; counted < days; counted++)
        {
            day = NextWorkingDay(day);
        }

        return days == 0 ? start : At(day, _spans[^1].To);
    }

    /// <summary>The instant when this much working time has passed after the start (time outside working hours does not count).</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        if (amount == TimeSpan.Zero)
        {
            return start;
        }

        var remaining = amount;
        var day = DateOnly.FromDateTime(Local(start).DateTime);
        for (var searched = 0; searched < MaxDaysSearched; searched++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            foreach (var (from, to) in _spans)
            {
                var spanStart = Later(At(day, from), start);
                var spanEnd = At(day, to);
                if (spanStart >= spanEnd)
                {
                    continue;
                }

                var available = spanEnd - spanStart;
                if (remaining <= available)
                {
                    return Local(spanStart + remaining);
                }

                remaining -= available;
            }
        }

        throw new InvalidOperationException($"no working time within {MaxDaysSearched} days of {start:O}: the calendar declares no working day");
    }

    /// <summary>The instant N working hours after the start.</summary>
    public DateTimeOffset AddWorkingHours(DateTimeOffset start, int hours) => AddWorkingTime(start, TimeSpan.FromHours(hours));

    /// <summary>The instant a span of working time (days or hours) after the start.</summary>
    public DateTimeOffset Add(DateTimeOffset start, Deadline span)
    {
        ArgumentNullException.ThrowIfNull(span);
        return span.WorkingDays > 0 ? AddWorkingDays(start, span.WorkingDays) : AddWorkingHours(start, span.WorkingHours);
    }

    /// <summary>The working time between two instants; zero when the second is not after the first.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        var last = DateOnly.FromDateTime(Local(to).DateTime);
        for (var day = DateOnly.FromDateTime(Local(from).DateTime); day <= last && from < to; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            foreach (var (start, end) in _spans)
            {
                var overlap = Earlier(At(day, end), to) - Later(At(day, start), from);
                if (overlap > TimeSpan.Zero)
                {
                    total += overlap;
                }
            }
        }

        return total;
    }

    /// <summary>The instant in the calendar's time zone.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) =>
        instant.UtcDateTime.Year >= _baseOffsetFrom ? instant.ToOffset(TimeZone.BaseUtcOffset) : TimeZoneInfo.ConvertTime(instant, TimeZone);

    private DateOnly NextWorkingDay(DateOnly day)
    {
        for (var searched = 0; searched < MaxDaysSearched; searched++)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                return day;
            }
        }

        throw new InvalidOperationException($"no working day within {MaxDaysSearched} days of {day}: the calendar declares no working day");
    }

    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, day.Year >= _baseOffsetFrom ? TimeZone.BaseUtcOffset : TimeZone.GetUtcOffset(local));
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static (TimeOnly, TimeOnly) Span(WorkingSpan span) =>
        CalendarText.TryTime(span.From, out var from) && CalendarText.TryTime(span.To, out var to)
            ? (from, to)
            : throw Invalid($"working hours {span.From}–{span.To}");

    private static DateOnly Date(string text) => CalendarText.TryDate(text, out var date) ? date : throw Invalid($"date '{text}'");

    private static ArgumentException Invalid(string what) =>
        new($"the calendar declares an invalid {what}; validate the definition before building its calendar");
}
