using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Tests.Supervision;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Assessment;

/// <summary>
/// 回访: the command room calls back closed cases. The policy in workflows.json gives 3 working days; a case closed on Monday
/// 3 March 2025 at 10:00 falls due on Thursday 6 March at 17:30 (the close of the third working day after).
/// </summary>
[TestFixture]
public sealed class When_a_closed_case_is_called_back
{
    private static readonly DateTimeOffset ClosedAt = Shanghai(2025, 3, 3, 10);
    private SupervisedTownship _township = null!;

    [SetUp]
    public async Task Start() => _township = await StartAsync(Shanghai(2025, 3, 3, 9));

    [TearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public async Task Should_record_who_called_when_and_what_the_reporter_said_keeping_the_case_closed()
    {
        var id = await ClosedCaseAsync();
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 4, 15));

        var after = await _township.AcceptAsync(id, Triggers.RecordCallback, CommandRoom,
            new CasePayload { CalledAt = Shanghai(2025, 3, 4, 14, 30), Reached = true, Rating = "basicallySatisfied", Note = "报告人表示基本满意" });

        var last = (await _township.ViewAsync(id)).History[^1];
        Assert.Multiple(() =>
        {
            Assert.That(after.Position, Is.EqualTo("assess.Closed"));
            Assert.That(after.IsFinal, Is.True);
            Assert.That(after.CalledBackAt, Is.EqualTo(Shanghai(2025, 3, 4, 14, 30)));
            Assert.That(after.CalledBackBy, Is.EqualTo(CommandRoom));
            Assert.That(after.CallbackRating, Is.EqualTo("basicallySatisfied"));
            Assert.That(after.Rating, Is.EqualTo("satisfied"), "the closing rating stays as the reporter gave it");
            Assert.That(last.Trigger, Is.EqualTo(Triggers.RecordCallback));
            Assert.That(last.Actor, Is.EqualTo(CommandRoom));
            Assert.That(last.Payload.CalledAt, Is.EqualTo(Shanghai(2025, 3, 4, 14, 30)));
            Assert.That(last.Effects, Is.EqualTo(new[] { "callback.recorded" }));
            Assert.That(HistoryExport.ToCsv([last], includePersonalData: false).Split("\r\n")[1], Does.EndWith(",2025-03-04T14:30:00.0000000+08:00,true"));
        });
    }

    [Test]
    public async Task Should_plan_the_flag_three_working_days_after_closing_and_drop_it_once_called_back()
    {
        var id = await ClosedCaseAsync();
        var before = await _township.Store.ReadTimersAsync(id);
        _township.Clock.SetUtcNow(ClosedAt.AddHours(1));

        await _township.AcceptAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = ClosedAt.AddMinutes(30), Reached = true });

        Assert.Multiple(async () =>
        {
            Assert.That(before.Select(t => (t.Kind, t.DueAt)), Is.EqualTo(new[] { (TimerKinds.CallbackOverdue, Shanghai(2025, 3, 6, 17, 30)) }));
            Assert.That(await _township.Store.ReadTimersAsync(id), Is.Empty);
        });
    }

    [Test]
    public async Task Should_keep_the_flag_planned_after_a_call_that_did_not_reach_the_reporter()
    {
        var id = await ClosedCaseAsync();
        _township.Clock.SetUtcNow(ClosedAt.AddHours(1));

        var after = await _township.AcceptAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = ClosedAt.AddMinutes(30), Reached = false, Note = "无人接听" });

        Assert.Multiple(async () =>
        {
            Assert.That(after.Callbacks, Is.EqualTo(1));
            Assert.That(after.CalledBackAt, Is.Null);
            Assert.That((await _township.Store.ReadTimersAsync(id)).Select(t => t.Kind), Is.EqualTo(new[] { TimerKinds.CallbackOverdue }));
        });
    }

    [Test]
    public async Task Should_flag_a_case_not_called_back_in_time_as_the_system_and_tell_the_command_room()
    {
        var id = await ClosedCaseAsync();

        var early = await _township.PumpAtAsync(Shanghai(2025, 3, 6, 17, 29));
        var recorded = await _township.PumpAtAsync(Shanghai(2025, 3, 7, 9));
        var view = await _township.ViewAsync(id);
        var flag = view.History[^1];

        Assert.Multiple(() =>
        {
            Assert.That(early, Is.Zero, "not due a minute before the close of the third working day");
            Assert.That(recorded, Is.EqualTo(1));
            Assert.That(flag.Trigger, Is.EqualTo(Triggers.FlagCallbackOverdue));
            Assert.That(flag.Actor, Is.EqualTo("system"));
            Assert.That(flag.Payload.DueAt, Is.EqualTo(Shanghai(2025, 3, 6, 17, 30)));
            Assert.That(view.State.CallbackOverdue, Is.True);
            Assert.That(view.Timers, Is.Empty);
            Assert.That(view.PermittedTriggers, Is.EqualTo(new[] { Triggers.RecordCallback }), "a late callback may still be recorded; the flag only once");
            Assert.That(_township.Notices(id, "callbackOverdue").Select(n => n.Recipient), Is.EqualTo(new[] { CommandRoom }));
        });
    }

    [Test]
    public async Task Should_replay_faithfully_with_the_callback_and_the_flag()
    {
        var id = await ClosedCaseAsync();
        await _township.PumpAtAsync(Shanghai(2025, 3, 10, 9));
        await _township.AcceptAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = Shanghai(2025, 3, 10, 9), Reached = true, Rating = "satisfied" });
        var history = await _township.Store.ReadAsync(id);

        var report = CaseReplayer.Replay(id, history, WorkflowsFile.Definition, await _township.Store.ReadSnapshotAsync(id), _township.Definitions.Calendars.Current);

        Assert.That(report.Divergences, Is.Empty);
        Assert.That(history.Select(e => e.Trigger).TakeLast(2), Is.EqualTo(new[] { Triggers.FlagCallbackOverdue, Triggers.RecordCallback }));
    }

    [Test]
    public async Task Should_refuse_a_callback_by_the_reporter_in_the_future_or_before_closing()
    {
        var id = await ClosedCaseAsync();

        var byReporter = await _township.ForbidAsync(id, Triggers.RecordCallback, "reporter", new CasePayload { CalledAt = ClosedAt, Reached = true });
        var future = await _township.RefuseAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = ClosedAt.AddDays(1), Reached = true });
        var early = await _township.RefuseAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = ClosedAt.AddHours(-1), Reached = true });
        var missing = await _township.RefuseAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { Rating = "great" });
        var byHand = await _township.ForbidAsync(id, Triggers.FlagCallbackOverdue, CommandRoom);

        Assert.Multiple(() =>
        {
            Assert.That(byReporter, Does.Contain("may be sent only by commandRoom").And.Contain("'reporter' (reporter) may not"));
            Assert.That(future, Does.Contain("later than now"));
            Assert.That(early, Does.Contain("before the case closed"));
            Assert.That(missing, Does.Contain("reached is required").And.Contain("calledAt is required").And.Contain("'great' is not a rating"));
            Assert.That(byHand, Does.Contain("timer pump"));
        });
    }

    [Test]
    public async Task Should_refuse_a_callback_on_a_case_not_yet_closed()
    {
        var signedFor = await _township.SignedForCaseAsync("sanitation");

        var reason = await _township.RefuseAsync(signedFor.Id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = _township.Clock.GetUtcNow(), Reached = true });

        Assert.That(reason, Does.Contain("not a trigger of workflow 'handle'"));
    }

    private async Task<Guid> ClosedCaseAsync()
    {
        var signedFor = await _township.SignedForCaseAsync("sanitation");
        var id = signedFor.Id;
        await _township.AcceptAsync(id, Triggers.Complete, signedFor.LeadOffice!, new CasePayload { Result = "垃圾已清运" });
        await _township.AcceptAsync(id, Triggers.FeedBack, CommandRoom, new CasePayload { Note = "垃圾已清运，请确认" });
        await _township.AcceptAsync(id, Triggers.RecordFeedback, "reporter", new CasePayload { Feedback = "confirmed" });
        _township.Clock.SetUtcNow(ClosedAt);
        await _township.AcceptAsync(id, Triggers.Rate, "reporter", new CasePayload { Rating = "satisfied" });
        return id;
    }
}
