using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Tests.Supervision;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Assessment;

/// <summary>
/// 回访: the command room calls back closed cases. The policy in workflows.json gives 3 working days; a case closed on Monday
/// 3 March 2025 at 10:00 falls due on Thursday 6 March at 17:30 (the close of the third working day after). A call is timed when the
/// service records it; the time its caller states is kept beside it, at most 1 working day earlier (the close of the working day after).
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
    public async Task Should_record_who_called_when_recorded_and_when_stated_and_what_the_reporter_said_keeping_the_case_closed()
    {
        var id = await ClosedCaseAsync();
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 4, 15, 30));

        var after = await _township.AcceptAsync(id, Triggers.RecordCallback, CommandRoom,
            new CasePayload { CalledAt = Shanghai(2025, 3, 4, 14, 30), Reached = true, Rating = "basicallySatisfied", Note = "报告人表示基本满意" });

        var last = (await _township.ViewAsync(id)).History[^1];
        Assert.Multiple(() =>
        {
            Assert.That(after.Position, Is.EqualTo("assess.Closed"));
            Assert.That(after.IsFinal, Is.True);
            Assert.That(after.CalledBackAt, Is.EqualTo(Shanghai(2025, 3, 4, 15, 30)), "the service's time, not the caller's");
            Assert.That(after.CalledBackStatedAt, Is.EqualTo(Shanghai(2025, 3, 4, 14, 30)), "an hour earlier: kept as stated");
            Assert.That(after.CalledBackBy, Is.EqualTo(CommandRoom));
            Assert.That(after.CallbackRating, Is.EqualTo("basicallySatisfied"));
            Assert.That(after.Rating, Is.EqualTo("satisfied"), "the closing rating stays as the reporter gave it");
            Assert.That(last.Trigger, Is.EqualTo(Triggers.RecordCallback));
            Assert.That(last.Actor, Is.EqualTo(CommandRoom));
            Assert.That(last.At, Is.EqualTo(Shanghai(2025, 3, 4, 15, 30)));
            Assert.That(last.Payload.StatedCalledAt, Is.EqualTo(Shanghai(2025, 3, 4, 14, 30)));
            Assert.That(last.Payload.CalledAt, Is.Null, "calledAt in an event is only an earlier engine's call time");
            Assert.That(last.Effects, Is.EqualTo(new[] { "callback.recorded" }));
            Assert.That(HistoryExport.ToCsv([last], includePersonalData: false).Split("\r\n")[1], Does.EndWith(",,true,2025-03-04T14:30:00.0000000+08:00,"), "the stated time, then the case number (none on this event without a lookup)");
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
            Assert.That(missing, Does.Contain("reached is required").And.Contain("'great' is not a rating").And.Not.Contain("calledAt"));
            Assert.That(byHand, Does.Contain("timer pump"));
        });
    }

    [Test]
    public async Task Should_refuse_a_stated_time_two_working_days_before_the_recording_saying_by_when_it_had_to_be_recorded()
    {
        var id = await ClosedCaseAsync();
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 5, 11));

        var reason = await _township.RefuseAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = Shanghai(2025, 3, 3, 11), Reached = true });

        Assert.Multiple(async () =>
        {
            Assert.That(reason, Does.Contain("stated as made at 2025-03-03 11:00").And.Contain("at most 1 working day(s) earlier")
                .And.Contain("assessment.callbackStatedWithin").And.Contain("recorded by 2025-03-04 17:30"));
            Assert.That((await _township.ViewAsync(id)).State.Callbacks, Is.Zero);
        });
    }

    [Test]
    public async Task Should_keep_a_stated_time_up_to_the_close_of_the_next_working_day()
    {
        var id = await ClosedCaseAsync();
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 4, 17, 30));

        var after = await _township.AcceptAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = Shanghai(2025, 3, 3, 10, 30), Reached = true });

        Assert.That((after.CalledBackAt, after.CalledBackStatedAt), Is.EqualTo((Shanghai(2025, 3, 4, 17, 30), Shanghai(2025, 3, 3, 10, 30))));
    }

    [Test]
    public async Task Should_time_a_callback_stated_by_no_one_when_it_is_recorded()
    {
        var id = await ClosedCaseAsync();
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 4, 9));

        var after = await _township.AcceptAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { Reached = true, Rating = "satisfied" });

        Assert.That((after.CalledBackAt, after.CalledBackStatedAt), Is.EqualTo((Shanghai(2025, 3, 4, 9), (DateTimeOffset?)null)));
    }

    [Test]
    public async Task Should_judge_a_callback_recorded_after_its_due_time_late_though_stated_in_time()
    {
        var id = await ClosedCaseAsync();
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 7, 9));

        var after = await _township.AcceptAsync(id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = Shanghai(2025, 3, 6, 17), Reached = true, Rating = "satisfied" });
        var view = await _township.ViewAsync(id);
        var assessed = CaseAssessor.Assess(new CaseRecord(view.State, view.History) { Calendars = _township.Definitions.Calendars.Current }, WorkflowsFile.Definition, Shanghai(2025, 3, 7, 10));

        Assert.Multiple(() =>
        {
            Assert.That(after.CalledBackStatedAt, Is.EqualTo(Shanghai(2025, 3, 6, 17)), "stated half an hour before the 17:30 due time");
            Assert.That(assessed.CalledBackAt, Is.EqualTo(Shanghai(2025, 3, 7, 9)), "the assessment counts the recorded time");
            Assert.That(assessed.CallbackLate, Is.True, "recorded Friday 09:00, after Thursday 17:30");
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
