using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Tests.Compilation;

namespace CaseFlow.Workflows.Tests.Calendar;

/// <summary>Working-time arithmetic on the real calendar: weekends, lunch, and the 2025 and 2026 holidays with their make-up workdays.</summary>
public class WorkingCalendarTests
{
    private static WorkingCalendar Calendar => RealWorkflows.Definition.Calendar!;

    private static DateTimeOffset Shanghai(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [TestCase("2025-01-26", true, TestName = "IsWorkingDay_SundayJan26_2025_IsAMakeUpWorkday")]
    [TestCase("2025-01-28", false, TestName = "IsWorkingDay_SpringFestivalEve2025_IsAHoliday")]
    [TestCase("2025-02-04", false, TestName = "IsWorkingDay_LastDayOfSpringFestival2025_IsAHoliday")]
    [TestCase("2025-02-05", true, TestName = "IsWorkingDay_FirstDayAfterSpringFestival2025_IsWorked")]
    [TestCase("2025-02-08", true, TestName = "IsWorkingDay_SaturdayFeb8_2025_IsAMakeUpWorkday")]
    [TestCase("2025-02-09", false, TestName = "IsWorkingDay_SundayAfterTheMakeUpSaturday_IsADayOff")]
    [TestCase("2025-09-28", true, TestName = "IsWorkingDay_SundaySep28_2025_IsAMakeUpWorkday")]
    [TestCase("2025-10-08", false, TestName = "IsWorkingDay_LastDayOfNationalDay2025_IsAHoliday")]
    [TestCase("2025-10-11", true, TestName = "IsWorkingDay_SaturdayOct11_2025_IsAMakeUpWorkday")]
    [TestCase("2026-01-04", true, TestName = "IsWorkingDay_SundayJan4_2026_IsAMakeUpWorkday")]
    [TestCase("2026-02-14", true, TestName = "IsWorkingDay_SaturdayFeb14_2026_IsAMakeUpWorkday")]
    [TestCase("2026-02-16", false, TestName = "IsWorkingDay_SpringFestivalEve2026_IsAHoliday")]
    [TestCase("2026-02-23", false, TestName = "IsWorkingDay_LastDayOfSpringFestival2026_IsAHoliday")]
    [TestCase("2026-02-28", true, TestName = "IsWorkingDay_SaturdayFeb28_2026_IsAMakeUpWorkday")]
    [TestCase("2026-09-20", true, TestName = "IsWorkingDay_SundaySep20_2026_IsAMakeUpWorkday")]
    [TestCase("2026-09-25", false, TestName = "IsWorkingDay_MidAutumn2026_IsAHoliday")]
    [TestCase("2026-10-07", false, TestName = "IsWorkingDay_LastDayOfNationalDay2026_IsAHoliday")]
    [TestCase("2026-10-10", true, TestName = "IsWorkingDay_SaturdayOct10_2026_IsAMakeUpWorkday")]
    [TestCase("2025-03-08", false, TestName = "IsWorkingDay_OrdinarySaturday_IsADayOff")]
    [TestCase("2025-03-10", true, TestName = "IsWorkingDay_OrdinaryMonday_IsWorked")]
    public void IsWorkingDay_DeclaredDay_FollowsTheNotice(string date, bool worked) =>
        Assert.That(Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(worked));

    [Test]
    public void AddWorkingDays_FridayBeforeSpringFestival2025_CountsTheMakeUpSundayAndSkipsTheHoliday() =>
        // Sun 26 Jan (make-up) is day 1, Mon 27 Jan day 2, then 28 Jan – 4 Feb off: day 3 is Wed 5 Feb.
        Assert.That(Calendar.AddWorkingDays(Shanghai(2025, 1, 24, 10), 3), Is.EqualTo(Shanghai(2025, 2, 5, 17, 30)));

    [Test]
    public void AddWorkingDays_DayBeforeSpringFestival2025_CountsTheMakeUpSaturdayAfterIt() =>
        // 5, 6, 7 Feb, then Sat 8 Feb (make-up) is day 4 and Mon 10 Feb day 5.
        Assert.That(Calendar.AddWorkingDays(Shanghai(2025, 1, 27, 15), 5), Is.EqualTo(Shanghai(2025, 2, 10, 17, 30)));

    [Test]
    public void AddWorkingDays_FridayBeforeNationalDay2025_CountsTheMakeUpSunday() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2025, 9, 26), 2), Is.EqualTo(Shanghai(2025, 9, 29, 17, 30)));

    [Test]
    public void AddWorkingDays_EveOfNationalDay2025_JumpsTheEightDayHoliday() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2025, 9, 30), 1), Is.EqualTo(Shanghai(2025, 10, 9, 17, 30)));

    [Test]
    public void AddWorkingDays_EveOfNationalDay2025_EndsOnTheMakeUpSaturdayOct11() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2025, 9, 30), 3), Is.EqualTo(Shanghai(2025, 10, 11, 17, 30)));

    [Test]
    public void AddWorkingDays_FridayBeforeSpringFestival2026_EndsOnTheMakeUpSaturdayFeb14() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2026, 2, 13), 1), Is.EqualTo(Shanghai(2026, 2, 14, 17, 30)));

    [Test]
    public void AddWorkingDays_FridayBeforeSpringFestival2026_JumpsTheNineDayHoliday() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2026, 2, 13), 2), Is.EqualTo(Shanghai(2026, 2, 24, 17, 30)));

    [Test]
    public void AddWorkingDays_AfterSpringFestival2026_CountsTheMakeUpSaturdayFeb28() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2026, 2, 24), 4), Is.EqualTo(Shanghai(2026, 2, 28, 17, 30)));

    [Test]
    public void AddWorkingDays_FridayBeforeNationalDay2026_EndsOnTheMakeUpSundaySep20() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2026, 9, 18), 1), Is.EqualTo(Shanghai(2026, 9, 20, 17, 30)));

    [Test]
    public void AddWorkingDays_BeforeMidAutumn2026_SkipsTheThreeDays() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2026, 9, 24), 1), Is.EqualTo(Shanghai(2026, 9, 28, 17, 30)));

    [Test]
    public void AddWorkingDays_EveOfNationalDay2026_JumpsTheSevenDayHoliday() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2026, 9, 30), 1), Is.EqualTo(Shanghai(2026, 10, 8, 17, 30)));

    [Test]
    public void AddWorkingDays_EveOfNationalDay2026_EndsOnTheMakeUpSaturdayOct10() =>
        Assert.That(Calendar.AddWorkingDays(Shanghai(2026, 9, 30), 3), Is.EqualTo(Shanghai(2026, 10, 10, 17, 30)));

    [Test]
    public void AddWorkingDays_AnyStartIn2025Or2026_NeverEndsOnAHolidayOrADayOff()
    {
        var wrong = new List<string>();
        for (var start = Shanghai(2025, 1, 1); start.Year < 2027; start = start.AddDays(1))
        {
            for (var days = 1; days <= 15; days++)
            {
                var deadline = Calendar.AddWorkingDays(start, days);
                var date = DateOnly.FromDateTime(deadline.DateTime);
                if (!Calendar.IsWorkingDay(date) || Calendar.HolidayOn(date) is not null)
                {
                    wrong.Add($"{start:yyyy-MM-dd} + {days} → {deadline:yyyy-MM-dd}");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void AddWorkingHours_FridayAfternoon_CarriesOverTheWeekendToMonday() =>
        // 16:00–17:30 on Friday is 1.5 h; the other 2.5 h run from 08:30 on Monday.
        Assert.That(Calendar.AddWorkingHours(Shanghai(2025, 3, 7, 16), 4), Is.EqualTo(Shanghai(2025, 3, 10, 11)));

    [Test]
    public void AddWorkingHours_LateMorning_SkipsTheLunchBreak() =>
        Assert.That(Calendar.AddWorkingHours(Shanghai(2025, 3, 7, 11), 4), Is.EqualTo(Shanghai(2025, 3, 7, 17)));

    [Test]
    public void AddWorkingHours_OnASaturday_StartsOnMondayMorning() =>
        Assert.That(Calendar.AddWorkingHours(Shanghai(2025, 3, 8, 10), 2), Is.EqualTo(Shanghai(2025, 3, 10, 10, 30)));

    [Test]
    public void AddWorkingHours_EveOfNationalDay2025_ResumesAfterTheHoliday() =>
        Assert.That(Calendar.AddWorkingHours(Shanghai(2025, 9, 30, 16, 30), 2), Is.EqualTo(Shanghai(2025, 10, 9, 9, 30)));

    [Test]
    public void AddWorkingHours_EveOfSpringFestival2025_ResumesAfterTheHoliday() =>
        Assert.That(Calendar.AddWorkingHours(Shanghai(2025, 1, 27, 16), 4), Is.EqualTo(Shanghai(2025, 2, 5, 11)));

    [Test]
    public void AddWorkingHours_FridayBeforeSpringFestival2026_RunsIntoTheMakeUpSaturday() =>
        Assert.That(Calendar.AddWorkingHours(Shanghai(2026, 2, 13, 17), 1), Is.EqualTo(Shanghai(2026, 2, 14, 9)));

    [Test]
    public void AddWorkingHours_InstantGivenInUtc_AnswersInShanghaiTime()
    {
        var result = Calendar.AddWorkingHours(new DateTimeOffset(2025, 3, 7, 8, 0, 0, TimeSpan.Zero), 4);

        Assert.That(result, Is.EqualTo(Shanghai(2025, 3, 10, 11)));
        Assert.That(result.Offset, Is.EqualTo(TimeSpan.FromHours(8)));
    }

    [Test]
    public void WorkingTimeBetween_FridayAfternoonAndMondayMorning_CountsOnlyWorkingHours() =>
        Assert.That(Calendar.WorkingTimeBetween(Shanghai(2025, 3, 7, 16), Shanghai(2025, 3, 10, 11)), Is.EqualTo(TimeSpan.FromHours(4)));

    [Test]
    public void WorkingTimeBetween_AcrossSpringFestival2026_CountsTheMakeUpSaturdays() =>
        // Fri 13 Feb 17:30 to Tue 3 Mar 08:30: Sat 14 Feb, 24–27 Feb, Sat 28 Feb and Mon 2 Mar, 7 working days of 7 hours.
        Assert.That(Calendar.WorkingTimeBetween(Shanghai(2026, 2, 13, 17, 30), Shanghai(2026, 3, 3, 8, 30)), Is.EqualTo(TimeSpan.FromHours(49)));

    [Test]
    public void WorkingTimeBetween_EndBeforeStart_IsZero() =>
        Assert.That(Calendar.WorkingTimeBetween(Shanghai(2025, 3, 10, 11), Shanghai(2025, 3, 7, 16)), Is.EqualTo(TimeSpan.Zero));

    [TestCase(2025, 3, 10, 8, 30, true, TestName = "IsWorkingTime_OpeningMinute_IsWorking")]
    [TestCase(2025, 3, 10, 12, 30, false, TestName = "IsWorkingTime_LunchBreak_IsNotWorking")]
    [TestCase(2025, 3, 10, 17, 30, false, TestName = "IsWorkingTime_ClosingMinute_IsNotWorking")]
    [TestCase(2025, 1, 26, 10, 0, true, TestName = "IsWorkingTime_MakeUpSundayMorning_IsWorking")]
    [TestCase(2025, 1, 29, 10, 0, false, TestName = "IsWorkingTime_SpringFestivalMorning_IsNotWorking")]
    public void IsWorkingTime_Instant_FollowsHoursAndDays(int year, int month, int day, int hour, int minute, bool working) =>
        Assert.That(Calendar.IsWorkingTime(Shanghai(year, month, day, hour, minute)), Is.EqualTo(working));

    [Test]
    public void WorkingDayLength_TwoDeclaredSpans_IsSevenHours() =>
        Assert.That(Calendar.WorkingDayLength, Is.EqualTo(TimeSpan.FromHours(7)));

    [Test]
    public void IsWorkingDay_YearWithoutDeclaredHolidays_FollowsTheWorkingWeekOnly()
    {
        Assert.That(Calendar.Declares(2027), Is.False);
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2027, 1, 1)), Is.True, "2027's holidays are not declared, so 1 January 2027 (a Friday) counts as worked");
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2027, 1, 2)), Is.False);
    }

    [TestCase("2024-12-31", true, TestName = "IsWorkingDay_TuesdayBeforeTheFirstDeclaredYear_FollowsTheWorkingWeek")]
    [TestCase("2024-12-28", false, TestName = "IsWorkingDay_SaturdayBeforeTheFirstDeclaredYear_FollowsTheWorkingWeek")]
    [TestCase("2030-10-01", true, TestName = "IsWorkingDay_NationalDayOfAnUndeclaredYear_IsAnOrdinaryTuesday")]
    [TestCase("2030-10-05", false, TestName = "IsWorkingDay_SaturdayOfAnUndeclaredYear_IsADayOff")]
    [TestCase("1990-05-02", true, TestName = "IsWorkingDay_WednesdayLongBeforeAnyDeclaredYear_IsWorked")]
    public void IsWorkingDay_OutsideTheDeclaredYears_FollowsTheWorkingWeekAlone(string date, bool worked) =>
        Assert.That(Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(worked));

    [Test]
    public void AddWorkingDays_FromTheLastDeclaredDayIntoAnUndeclaredYear_CountsTheWorkingWeek() =>
        // Thu 31 Dec 2026 → Fri 1 Jan 2027 (undeclared: an ordinary Friday), Mon 4 Jan.
        Assert.That(Calendar.AddWorkingDays(Shanghai(2026, 12, 31), 2), Is.EqualTo(Shanghai(2027, 1, 4, 17, 30)));

    [TestCase("Asia/Shanghai", TestName = "Local_Shanghai_AgreesWithTheZoneRulesIncludingItsSummerTimeOf1986To1991")]
    [TestCase("Europe/Berlin", TestName = "Local_Berlin_AgreesWithTheZoneRulesAcrossEverySummerTimeChange")]
    [TestCase("UTC", TestName = "Local_Utc_AgreesWithTheZoneRules")]
    public void Local_AnyInstant_IsTheZonesOwnConversion(string zone)
    {
        var calendar = new WorkingCalendar(new Model.CalendarDefinition
        {
            TimeZone = zone,
            WorkingWeek = ["monday", "tuesday", "wednesday", "thursday", "friday"],
            WorkingHours = [new Model.WorkingSpan { From = "08:30", To = "17:30" }],
        });
        var info = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var differing = new List<string>();
        for (var at = new DateTimeOffset(1985, 1, 1, 0, 0, 0, TimeSpan.Zero); at.Year < 2040; at = at.AddHours(173))
        {
            var local = calendar.Local(at);
            var expected = TimeZoneInfo.ConvertTime(at, info);
            if (local != expected || local.Offset != expected.Offset)
            {
                differing.Add($"{at:O}: {local:O} but the zone gives {expected:O}");
            }
        }

        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void AddWorkingDays_AcrossBerlinsSpringForward_EndsAtTheCloseInSummerTime()
    {
        var calendar = new WorkingCalendar(new Model.CalendarDefinition
        {
            TimeZone = "Europe/Berlin",
            WorkingWeek = ["monday", "tuesday", "wednesday", "thursday", "friday"],
            WorkingHours = [new Model.WorkingSpan { From = "08:30", To = "17:30" }],
        });

        // Fri 27 Mar 2026 (winter time, +01:00) plus one working day is Mon 30 Mar at 17:30 summer time (+02:00).
        var deadline = calendar.AddWorkingDays(new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.FromHours(1)), 1);
        Assert.That((deadline.DateTime, deadline.Offset), Is.EqualTo((new DateTime(2026, 3, 30, 17, 30, 0), TimeSpan.FromHours(2))));
    }
}
