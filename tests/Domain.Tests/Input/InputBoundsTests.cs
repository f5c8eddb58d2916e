using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Input;
using CaseFlow.Domain.Tests.Cases;

namespace CaseFlow.Domain.Tests.Input;

public class InputBoundsTests
{
    [Test]
    public void Check_CompleteSubmission_FindsNothing()
    {
        Assert.That(InputBounds.Check(Submission(CaseScenario.Submission("petition"))), Is.Empty);
    }

    [Test]
    public void Check_OversizedAndHostileFields_NamesEach()
    {
        var payload = CaseScenario.Submission("petition") with
        {
            Title = new string('a', 1_000_000),
            ClientKey = "key\u200B",
            Reporter = new Reporter("蓝女士", "1380000000000000000000000000000000000", null),
        };

        var problems = InputBounds.Check(Submission(payload));

        Assert.That(problems.Select(p => p.Field), Is.EquivalentTo(new[] { "title", "clientKey", "reporter.phone" }));
    }

    [Test]
    public void Check_TooManyCoHandlers_SaysHowManyMayBeNamed()
    {
        var command = new CaseCommand
        {
            Trigger = Triggers.Assign,
            CaseId = Guid.NewGuid(),
            Actor = "armed-forces-head",
            Payload = new CasePayload { CoHandlers = [.. Enumerable.Range(1, 21).Select(i => $"office-{i}")] },
        };

        var problem = InputBounds.Check(command).Single();

        Assert.That(problem.Field, Is.EqualTo("coHandlers"));
        Assert.That(problem.Message, Does.Contain("21").And.Contain("at most 20"));
    }

    [Test]
    public void Check_CoHandlerWithANul_SaysWhichItem()
    {
        var command = new CaseCommand
        {
            Trigger = Triggers.Assign,
            CaseId = Guid.NewGuid(),
            Actor = "armed-forces-head",
            Payload = new CasePayload { CoHandlers = ["civil-affairs-office", "bad\0office"] },
        };

        Assert.That(InputBounds.Check(command).Single().Message, Does.StartWith("coHandlers[1] contains U+0000 NULL"));
    }

    [Test]
    public void Check_DeadlineInYear9999_NamesDeadline()
    {
        var command = new CaseCommand
        {
            Trigger = Triggers.CountyAccept,
            CaseId = Guid.NewGuid(),
            Actor = "county-12345",
            Payload = new CasePayload { CountyCaseNumber = "X-1", Deadline = new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero) },
        };

        var problem = InputBounds.Check(command).Single();

        Assert.That(problem.Field, Is.EqualTo("deadline"));
        Assert.That(problem.Message, Does.Contain("2000–2100"));
    }

    [Test]
    public void Check_FeedBackMessageTooLong_NamesItMessage()
    {
        var command = new CaseCommand { Trigger = Triggers.FeedBack, CaseId = Guid.NewGuid(), Actor = "command-room", Payload = new CasePayload { Note = new string('话', 4001) } };

        Assert.That(InputBounds.Check(command).Single().Field, Is.EqualTo("message"));
    }

    [Test]
    public void Check_BidiOverrideInTheActor_NamesActor()
    {
        var command = Submission(CaseScenario.Submission("petition")) with { Actor = "command-room\u202E" };

        Assert.That(InputBounds.Check(command).Single().Field, Is.EqualTo("actor"));
    }

    private static CaseCommand Submission(CasePayload payload) =>
        new() { Trigger = Triggers.Submit, CaseId = Guid.NewGuid(), Actor = "command-room", Identity = "desk-1", Payload = payload };
}
