using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

public class SubmissionMatchTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public void Same_TheSubmissionSentAgain_IsTrue()
    {
        var command = Command(CaseScenario.Submission("petition"));

        Assert.That(SubmissionMatch.Same(command, Recorded(command), CaseScenario.Definition), Is.True);
    }

    [Test]
    public void Same_AnotherTitle_IsFalseAndNamesTheTitle()
    {
        var first = Command(CaseScenario.Submission("petition"));
        var second = first with { Payload = first.Payload with { Title = "Something else" } };

        Assert.Multiple(() =>
        {
            Assert.That(SubmissionMatch.Same(second, Recorded(first), CaseScenario.Definition), Is.False);
            Assert.That(SubmissionMatch.Differences(second, Recorded(first), CaseScenario.Definition), Is.EqualTo(new[] { "title" }));
        });
    }

    [Test]
    public void Same_AnotherReporterPhone_IsFalse()
    {
        var first = Command(CaseScenario.Submission("petition"));
        var second = first with { Payload = first.Payload with { Reporter = first.Payload.Reporter! with { Phone = "13900000000" } } };

        Assert.That(SubmissionMatch.Differences(second, Recorded(first), CaseScenario.Definition), Is.EqualTo(new[] { "reporter.phone" }));
    }

    [Test]
    public void Same_AnotherIdentityInTheSamePosition_IsAnotherSubmitter()
    {
        var first = Command(CaseScenario.Submission("petition"));
        var second = first with { Identity = "desk-2" };

        Assert.Multiple(() =>
        {
            Assert.That(SubmissionMatch.SameSubmitter(second, Recorded(first)), Is.False);
            Assert.That(SubmissionMatch.Same(second, Recorded(first), CaseScenario.Definition), Is.False);
        });
    }

    [Test]
    public void Same_PriorityLeftOutAfterTheDefaultWasRecorded_IsTrue()
    {
        var command = Command(CaseScenario.Submission("petition") with { Priority = null });
        var recorded = Recorded(command);

        Assert.Multiple(() =>
        {
            Assert.That(recorded.Payload.Priority, Is.EqualTo("normal"));
            Assert.That(SubmissionMatch.Same(command, recorded, CaseScenario.Definition), Is.True);
        });
    }

    [Test]
    public void Same_UrgentAfterNormal_IsFalse()
    {
        var first = Command(CaseScenario.Submission("petition") with { Priority = null });
        var second = first with { Payload = first.Payload with { Priority = "urgent" } };

        Assert.That(SubmissionMatch.Differences(second, Recorded(first), CaseScenario.Definition), Is.EqualTo(new[] { "priority" }));
    }

    [Test]
    public void Same_GridMemberNamingNoGridAgain_IsTrue()
    {
        // The first event records the member's own grid and village; the resend names neither, as the first did.
        var payload = CaseScenario.Submission("illegal-construction") with { Channel = "grid", Reporter = null, Grid = null, Village = null };
        var command = Command(payload) with { Actor = "grid-member-1" };
        var recorded = Recorded(command);

        Assert.Multiple(() =>
        {
            Assert.That(recorded.Payload.Grid, Is.Not.Null);
            Assert.That(SubmissionMatch.Same(command, recorded, CaseScenario.Definition), Is.True);
        });
    }

    [Test]
    public void Same_EmptyLocationAfterNone_IsTrue()
    {
        var first = Command(CaseScenario.Submission("petition") with { Location = null });
        var second = first with { Payload = first.Payload with { Location = "" } };

        Assert.That(SubmissionMatch.Same(second, Recorded(first), CaseScenario.Definition), Is.True);
    }

    private static CaseCommand Command(CasePayload payload) =>
        new() { Trigger = Triggers.Submit, CaseId = Guid.NewGuid(), Actor = "command-room", Identity = "desk-1", Payload = payload };

    private static CaseEvent Recorded(CaseCommand command)
    {
        var decision = CaseDecider.Submit(command, CaseScenario.Definition, 1, Now);
        Assert.That(decision.Rejection, Is.Null, "the first submission should be accepted");
        return decision.Events[0];
    }
}
