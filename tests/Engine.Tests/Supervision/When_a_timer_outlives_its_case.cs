using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>
/// A pump that read a case's warning timer just before the case was finished and closed fires it anyway: the case has moved on,
/// so the timer changes nothing, publishes nothing (not even a refusal) and is gone.
/// </summary>
[TestFixture]
public sealed class When_a_timer_outlives_its_case
{
    private SupervisedTownship _township = null!;
    private CaseTimer _stale = null!;
    private CaseView _closed = null!;
    private IReadOnlyList<CaseTimer> _timersAfterClosing = [];
    private int _messagesBefore;
    private CommandOutcome _fired = null!;
    private int _pumped;
    private CaseView _afterwards = null!;

    [OneTimeSetUp]
    public async Task CloseIt()
    {
        _township = await StartAsync();
        var signedFor = await _township.SignedForCaseAsync("sanitation");
        _stale = (await _township.Store.ReadTimersAsync(signedFor.Id)).Single(t => t.Kind == TimerKinds.Warn);

        await _township.AcceptAsync(signedFor.Id, Triggers.Complete, "sanitation-office", new CasePayload { Result = "垃圾已清运" });
        await _township.AcceptAsync(signedFor.Id, Triggers.FeedBack, CommandRoom, new CasePayload { Note = "垃圾已清运，请确认" });
        await _township.AcceptAsync(signedFor.Id, Triggers.RecordFeedback, "reporter", new CasePayload { Feedback = "confirmed" });
        await _township.AcceptAsync(signedFor.Id, Triggers.Rate, "reporter", new CasePayload { Rating = "satisfied" });
        _closed = await _township.ViewAsync(signedFor.Id);
        _timersAfterClosing = await _township.Store.ReadTimersAsync(signedFor.Id);

        _township.Clock.SetUtcNow(_stale.DueAt.AddMinutes(1));
        _messagesBefore = _township.Published.Messages.Count;
        _fired = await _township.Cases.FireTimerAsync(_stale);
        _pumped = await _township.Pump.FireDueAsync();
        _afterwards = await _township.ViewAsync(signedFor.Id);
    }

    [OneTimeTearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public void Should_have_removed_the_handling_timers_when_the_case_closed_leaving_only_the_callback() =>
        Assert.Multiple(() =>
        {
            Assert.That(_closed.State.Position, Is.EqualTo("assess.Closed"));
            Assert.That(_timersAfterClosing.Select(t => t.Kind), Is.EqualTo(new[] { TimerKinds.CallbackOverdue }));
        });

    [Test]
    public void Should_refuse_the_stale_timer_saying_the_case_has_ended() =>
        Assert.Multiple(() =>
        {
            Assert.That(_fired.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(_fired.Decision!.Rejection, Does.Contain("has ended"));
        });

    [Test]
    public void Should_record_nothing() =>
        Assert.Multiple(() =>
        {
            Assert.That(_afterwards.History, Has.Count.EqualTo(_closed.History.Count));
            Assert.That(_afterwards.State.Supervision, Is.Null);
            Assert.That(_pumped, Is.Zero);
        });

    [Test]
    public void Should_publish_nothing() =>
        Assert.That(_township.Published.Messages.Skip(_messagesBefore), Is.Empty);

    [Test]
    public async Task Should_refuse_a_timer_the_case_moved_past_while_still_open()
    {
        var signedFor = await _township.SignedForCaseAsync("sanitation");
        var warn = (await _township.Store.ReadTimersAsync(signedFor.Id)).Single(t => t.Kind == TimerKinds.Warn);
        await _township.AcceptAsync(signedFor.Id, Triggers.Return, signedFor.LeadOffice!, new CasePayload { Reason = "非本科室职责" });
        _township.Clock.SetUtcNow(warn.DueAt);

        var fired = await _township.Cases.FireTimerAsync(warn);

        Assert.That(fired.Status, Is.EqualTo(CommandStatus.Rejected));
        Assert.That(fired.Decision!.Rejection, Does.Contain("no longer applies").And.Contain("moved on"));
        Assert.That((await _township.ViewAsync(signedFor.Id)).History.Count(e => e.Trigger == Triggers.Warn), Is.Zero);
    }

    [Test]
    public async Task Should_refuse_a_timer_fired_before_it_is_due()
    {
        var signedFor = await _township.SignedForCaseAsync("sanitation");
        var warn = (await _township.Store.ReadTimersAsync(signedFor.Id)).Single(t => t.Kind == TimerKinds.Warn);

        var fired = await _township.Cases.FireTimerAsync(warn);

        Assert.That(fired.Status, Is.EqualTo(CommandStatus.Rejected));
        Assert.That(fired.Decision!.Rejection, Does.Contain("not due until"));
    }

    [Test]
    public async Task Should_refuse_a_timer_sent_by_anyone_but_the_system()
    {
        var signedFor = await _township.SignedForCaseAsync("sanitation");
        var warn = (await _township.Store.ReadTimersAsync(signedFor.Id)).Single(t => t.Kind == TimerKinds.Warn);

        var reason = await _township.ForbidAsync(signedFor.Id, Triggers.Warn, CommandRoom, new CasePayload { Timer = warn.Kind, DueAt = warn.DueAt });

        Assert.That(reason, Does.Contain("timer pump").And.Contain(CommandRoom));
    }

    [Test]
    public void Should_not_have_told_anyone_about_the_closed_case_after_it_closed() =>
        Assert.That(_township.Published.Of<SupervisionNoticeIssued>().Where(n => n.CaseId == _closed.State.Id), Is.Empty);
}
