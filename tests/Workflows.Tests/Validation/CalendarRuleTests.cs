using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Calendar checks on a broken copy of the real file: each mistake is named at its JSON path with what would be right.</summary>
public class CalendarRuleTests
{
    [Test]
    public void Parse_UnknownTimeZone_ReportsItAndAnExample()
    {
        var result = BrokenDefinition.Load(root => root.Calendar()["timeZone"] = "Asia/Wuxi");

        result.ErrorAt("$.calendar.timeZone", "'Asia/Wuxi'").Names("unknown time zone", "Asia/Shanghai");
    }

    [Test]
    public void Parse_HolidayThatIsAlsoAMakeUpWorkday_ReportsTheDayAndTheHoliday()
    {
        var result = BrokenDefinition.Load(root => root.Year(0)["makeUpWorkdays"]![0]!["date"] = "2025-02-01");

        result.ErrorAt("$.calendar.years[0].makeUpWorkdays[0].date", "2025-02-01").Names("both a holiday", "春节");
    }

    [Test]
    public void Parse_MakeUpWorkdayOnAWeekday_ReportsThatItIsAlreadyWorked()
    {
        var result = BrokenDefinition.Load(root => root.Year(1)["makeUpWorkdays"]![2]!["date"] = "2026-03-02");

        result.ErrorAt("$.calendar.years[1].makeUpWorkdays[2].date", "2026-03-02").Names("Monday", "already a working day", "weekend");
    }

    [Test]
    public void Parse_HolidayOutsideItsYear_ReportsTheYearItIsListedUnder()
    {
        var result = BrokenDefinition.Load(root => root.Year(0)["holidays"]![0]!["to"] = "2026-01-01");

        result.ErrorAt("$.calendar.years[0].holidays[0].to", "2026-01-01").Names("not in 2025");
    }

    [Test]
    public void Parse_HolidayEndingBeforeItStarts_ReportsBothDates()
    {
        var result = BrokenDefinition.Load(root => root.Year(0)["holidays"]![1]!["to"] = "2025-01-20");

        result.ErrorAt("$.calendar.years[0].holidays[1]", "'春节'").Names("2025-01-20", "2025-01-28", "before it starts");
    }

    [Test]
    public void Parse_OverlappingHolidays_ReportsTheDayInBoth()
    {
        var result = BrokenDefinition.Load(root => root.Year(0)["holidays"]![2]!["from"] = "2025-02-04");

        result.ErrorAt("$.calendar.years[0].holidays[2]", "2025-02-04").Names("清明节", "春节", "one holiday");
    }

    [Test]
    public void Parse_ImpossibleDate_ReportsTheFormat()
    {
        var result = BrokenDefinition.Load(root => root.Year(1)["makeUpWorkdays"]![0]!["date"] = "2026-02-30");

        result.ErrorAt("$.calendar.years[1].makeUpWorkdays[0].date", "'2026-02-30'").Names("not a date", "yyyy-MM-dd");
    }

    [Test]
    public void Parse_YearDeclaredTwice_ReportsTheSecond()
    {
        var result = BrokenDefinition.Load(root => root.Year(1)["year"] = 2025);

        result.ErrorAt("$.calendar.years[1].year", "2025").Names("twice");
    }

    [Test]
    public void Parse_WorkingHoursOverlapping_ReportsTheLaterSpan()
    {
        var result = BrokenDefinition.Load(root => root.Calendar()["workingHours"]![1]!["from"] = "11:00");

        result.ErrorAt("$.calendar.workingHours[1]", "11:00–17:30").Names("12:00", "without overlap");
    }

    [Test]
    public void Parse_WorkingHoursEndingBeforeTheyStart_ReportsTheSpan()
    {
        var result = BrokenDefinition.Load(root => root.Calendar()["workingHours"]![0] = new JsonObject { ["from"] = "12:00", ["to"] = "08:30" });

        result.ErrorAt("$.calendar.workingHours[0]", "12:00–08:30").Names("end after they start");
    }

    [Test]
    public void Parse_WorkingDayNamedTwice_ReportsTheRepeat()
    {
        var result = BrokenDefinition.Load(root => root.Calendar()["workingWeek"]![4] = "monday");

        result.ErrorAt("$.calendar.workingWeek[4]", "'monday'").Names("twice");
    }

    [Test]
    public void Parse_YearWithoutSource_IsRefusedByTheSchema()
    {
        var result = BrokenDefinition.Load(root => root.Year(0).Remove("source"));

        result.ErrorAt("$.calendar.years[0]", "required").Names("source");
    }

    [Test]
    public void Parse_NoCalendarAndNoSupervision_IsValidWithoutDeadlines()
    {
        var result = BrokenDefinition.Load(root =>
        {
            root.Remove("calendar");
            root.Remove("supervision");
            root.Remove("assessment");
            foreach (var category in root["categories"]!.AsArray())
            {
                category!.AsObject().Remove("urgentDeadline");
            }
        });

        Assert.That(result.Errors, Is.Empty, () => string.Join(Environment.NewLine, result.Errors));
    }
}
