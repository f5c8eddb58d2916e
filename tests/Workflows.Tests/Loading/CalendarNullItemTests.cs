using CaseFlow.Workflows.Loading;

namespace CaseFlow.Workflows.Tests.Loading;

/// <summary>A calendar sent with a null where a list expects an item is refused at that item's path, never thrown on.</summary>
public sealed class CalendarNullItemTests
{
    private const string Calendar = """
        {
          "timeZone": "Asia/Shanghai",
          "workingWeek": [WEEK],
          "workingHours": [{ "from": "08:30", "to": "12:00" }, { "from": "14:00", "to": "17:30" }],
          "years": []
        }
        """;

    [TestCase("null, \"tuesday\"", "$.workingWeek[0]")]
    [TestCase("\"monday\", null", "$.workingWeek[1]")]
    public void Parse_NullWeekday_IsAnErrorAtItsPath(string week, string path)
    {
        var result = CalendarLoader.Parse(Calendar.Replace("WEEK", week, StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors.Single().Path, Is.EqualTo(path));
            Assert.That(result.Errors.Single().Message, Does.StartWith("is null"));
        });
    }

    [Test]
    public void Parse_NullWorkingSpan_IsAnErrorAtItsPath()
    {
        var result = CalendarLoader.Parse(Calendar.Replace("WEEK", "\"monday\"", StringComparison.Ordinal).Replace("{ \"from\": \"08:30\", \"to\": \"12:00\" }", "null", StringComparison.Ordinal));

        Assert.That(result.Errors.Single().Path, Is.EqualTo("$.workingHours[0]"));
    }

    [Test]
    public void Parse_NoNulls_RunsTheRules()
    {
        var result = CalendarLoader.Parse(Calendar.Replace("WEEK", "\"monday\", \"funday\"", StringComparison.Ordinal));

        Assert.That(result.Errors.Select(e => e.Path), Has.Member("$.workingWeek[1]"));
    }
}
