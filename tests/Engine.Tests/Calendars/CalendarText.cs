using System.Text.Json.Nodes;

namespace CaseFlow.Engine.Tests.Calendars;

/// <summary>Calendar texts for the specs: the real workflows.json's calendar section, and that calendar with a year added.</summary>
internal static class CalendarText
{
    /// <summary>The calendar section of workflows.json, as a calendar published on its own would be written (it declares 2025 and 2026).</summary>
    public static string Shipped() => Section().ToJsonString();

    /// <summary>The shipped calendar with 2027 declared: 元旦 from 1 to 3 January 2027, and no make-up workday.</summary>
    public static string With2027()
    {
        var calendar = Section();
        calendar["years"]!.AsArray().Add(JsonNode.Parse("""
            {
              "year": 2027,
              "source": "国务院办公厅关于2027年部分节假日安排的通知 (test transcription)",
              "holidays": [{ "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" }],
              "makeUpWorkdays": []
            }
            """));
        return calendar.ToJsonString();
    }

    private static JsonObject Section() => JsonNode.Parse(File.ReadAllText(WorkflowsFile.Path))!["calendar"]!.DeepClone().AsObject();
}
