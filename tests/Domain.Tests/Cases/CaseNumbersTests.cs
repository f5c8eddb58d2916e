using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

public class CaseNumbersTests
{
    [TestCase(1, "YHWX-20261201-0001")]
    [TestCase(7, "YHWX-20261201-0007")]
    [TestCase(9999, "YHWX-20261201-9999")]
    [TestCase(10000, "YHWX-20261201-10000")]
    [TestCase(123456, "YHWX-20261201-123456")]
    public void Format_ADaysSequence_IsFourDigitsGrowingPastThem(long sequence, string expected)
    {
        Assert.That(CaseNumbers.Format("YHWX", new DateOnly(2026, 12, 1), sequence), Is.EqualTo(expected));
    }

    [Test]
    public void Format_SequenceZero_IsRefused()
    {
        Assert.That(() => CaseNumbers.Format("YHWX", new DateOnly(2026, 12, 1), 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase("2026-11-30T15:59:59Z", "2026-11-30")]
    [TestCase("2026-11-30T16:00:00Z", "2026-12-01")]
    [TestCase("2026-12-01T23:30:00Z", "2026-12-02")]
    [TestCase("2026-12-01T08:00:00+08:00", "2026-12-01")]
    public void Day_AnInstant_IsItsDayInTheCalendarsZone(string instant, string day)
    {
        var calendar = WorkflowsFile.Definition.Calendar;

        Assert.That(CaseNumbers.Day(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), calendar), Is.EqualTo(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Day_WithoutACalendar_IsTheUtcDay()
    {
        Assert.That(CaseNumbers.Day(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero), null), Is.EqualTo(new DateOnly(2026, 12, 1)));
    }

    [TestCase("YHWX-20261201-0007", true)]
    [TestCase("YHWX-20261201-12345", true)]
    [TestCase("AB-20261201-0001", true)]
    [TestCase("yhwx-20261201-0007", false)]
    [TestCase("YHWX-2026121-0007", false)]
    [TestCase("YHWX-20261201-007", false)]
    [TestCase("YHWX20261201-0007", false)]
    [TestCase("Y-20261201-0007", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void IsNumber_Text_IsTrueOnlyForTheWrittenShape(string? text, bool expected)
    {
        Assert.That(CaseNumbers.IsNumber(text), Is.EqualTo(expected));
    }

    [Test]
    public void Code_TheTownshipsDefinition_IsItsDeclaredCode()
    {
        Assert.That(CaseNumbers.Code(WorkflowsFile.Definition), Is.EqualTo("YHWX"));
    }

    [Test]
    public void Numbered_AnAcceptedSubmission_RecordsTheNumberInItsEvent()
    {
        var submitted = CaseDecider.Submit(Hotline(), WorkflowsFile.Definition, 1, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));

        var numbered = CaseDecider.Numbered(submitted, "YHWX-20261201-0001");
        var state = CaseEvolver.Apply(null, numbered.Events[0], WorkflowsFile.Definition);

        Assert.Multiple(() =>
        {
            Assert.That(submitted.Events[0].Payload.Number, Is.Null, "the decider gives none itself");
            Assert.That(numbered.Events[0].Payload.Number, Is.EqualTo("YHWX-20261201-0001"));
            Assert.That(state.Number, Is.EqualTo("YHWX-20261201-0001"));
        });
    }

    [Test]
    public void Submit_ANumberSentWithTheSubmission_IsNotRecorded()
    {
        var command = Hotline();
        command = command with { Payload = command.Payload with { Number = "YHWX-20261201-0099" } };

        var submitted = CaseDecider.Submit(command, WorkflowsFile.Definition, 1, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));

        Assert.That(submitted.Events[0].Payload.Number, Is.Null, "only the service numbers a case");
    }

    private static CaseCommand Hotline() =>
        new() { Trigger = Triggers.Submit, CaseId = Guid.NewGuid(), Actor = "service-hotline", Payload = CaseScenario.Submission("petition") };

    [Test]
    public void Numbered_ARefusal_IsABug()
    {
        Assert.That(() => CaseDecider.Numbered(Decision.Reject("no"), "YHWX-20261201-0001"), Throws.ArgumentException);
    }
}
