using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Domain.Tests.Calendars;

/// <summary>The provisional rule: a deadline that falls in or counts across a year the calendar does not declare.</summary>
public class DeadlineStampTests
{
    private static readonly WorkingCalendar Shipped = WorkflowsFile.Definition.Calendar!;

    private static DateTimeOffset Shanghai(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public void Mark_DeadlineInADeclaredYear_RecordsTheVersionOnly()
    {
        var stamped = DeadlineStamp.Mark(new CasePayload { Deadline = Shanghai(2026, 3, 5, 17) }, Shanghai(2026, 3, 2, 9), 4, Shipped);

        Assert.That((stamped.CalendarVersion, stamped.UndeclaredYears), Is.EqualTo(((int?)4, (IReadOnlyList<int>?)null)));
    }

    [Test]
    public void Mark_DeadlineFallingInAnUndeclaredYear_ListsThatYear()
    {
        var stamped = DeadlineStamp.Mark(new CasePayload { Deadline = Shanghai(2027, 1, 4, 17) }, Shanghai(2026, 12, 29, 9), 1, Shipped);

        Assert.That(stamped.UndeclaredYears, Is.EqualTo(new[] { 2027 }));
    }

    [Test]
    public void Mark_DeadlineCountingAcrossAnUndeclaredYear_ListsTheYearBetween()
    {
        // From 2024 (undeclared) over 2025 and 2026 (declared) into 2027 (undeclared).
        var stamped = DeadlineStamp.Mark(new CasePayload { Deadline = Shanghai(2027, 2, 1, 17) }, Shanghai(2024, 12, 30, 9), 1, Shipped);

        Assert.That(stamped.UndeclaredYears, Is.EqualTo(new[] { 2024, 2027 }));
    }

    [Test]
    public void Mark_NoPublishedVersion_LeavesThePayloadAsBefore()
    {
        var payload = new CasePayload { Deadline = Shanghai(2027, 1, 4, 17) };

        Assert.That(DeadlineStamp.Mark(payload, Shanghai(2026, 12, 29, 9), null, Shipped), Is.SameAs(payload));
    }

    [Test]
    public void Mark_NoDeadline_RecordsNothing()
    {
        var payload = new CasePayload { Approved = false };

        Assert.That(DeadlineStamp.Mark(payload, Shanghai(2026, 12, 29, 9), 2, Shipped), Is.SameAs(payload));
    }
}
