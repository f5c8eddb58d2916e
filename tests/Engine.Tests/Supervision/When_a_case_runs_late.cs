using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>
/// A sanitation case (3 working days) signed for on Monday 3 March 2025 at 09:00 and never finished, driven by the fake clock
/// and the timer pump: warning at 80% of the time, urging, overdue at the deadline, then up the ladder at the declared intervals.
/// </summary>
[TestFixture]
public sealed class When_a_case_runs_late
{
    private SupervisedTownship _township = null!;
    private CaseState _signedFor = null!;
    private readonly List<(string Trigger, DateTimeOffset At, int Recorded)> _steps = [];
    private CaseView _view = null!;
    private CaseState? _snapshot;
    private int _pumpedBeforeTheWarning;

    [OneTimeSetUp]
    public async Task RunTheClock()
    {
        _township = await StartAsync();
        _signedFor = await _township.SignedForCaseAsync("sanitation");
        _pumpedBeforeTheWarning = await _township.PumpAtAsync(Shanghai(2025, 3, 6, 9, 59));
        for (var i = 0; i < 20; i++)
        {
            var timers = await _township.Store.ReadTimersAsync(_signedFor.Id);
            if (timers.Count == 0)
            {
                break;
            }

            var next = timers[0];
            var recorded = await _township.PumpAtAsync(next.DueAt);
            var last = (await _township.ViewAsync(_signedFor.Id)).History[^1];
            _steps.Add((last.Trigger, last.At, recorded));
        }

        _view = await _township.ViewAsync(_signedFor.Id);
        _snapshot = await _township.Store.ReadSnapshotAsync(_signedFor.Id);
    }

    [OneTimeTearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public void Should_set_the_handling_deadline_three_working_days_after_sign_for() =>
        Assert.That(_signedFor.HandlingDeadline, Is.EqualTo(Shanghai(2025, 3, 6, 17, 30)));

    [Test]
    public void Should_fire_nothing_before_the_warning_is_due() =>
        Assert.That(_pumpedBeforeTheWarning, Is.Zero);

    [Test]
    public void Should_warn_urge_mark_overdue_and_climb_the_ladder_in_order_at_the_declared_times() =>
        Assert.That(_steps.Select(s => (s.Trigger, s.At)), Is.EqualTo(new[]
        {
            (Triggers.Warn, Shanghai(2025, 3, 6, 10)),          // 80% of 27.5 working hours after Monday 09:00
            (Triggers.Urge, Shanghai(2025, 3, 6, 16)),          // 4 working hours after the warning
            (Triggers.MarkOverdue, Shanghai(2025, 3, 6, 17, 30)), // the deadline
            (Triggers.Urge, Shanghai(2025, 3, 7, 11)),          // 4 working hours after the last urging, across the night
            (Triggers.Urge, Shanghai(2025, 3, 7, 17)),          // and again, across the lunch break
            (Triggers.Escalate, Shanghai(2025, 3, 7, 17, 30)),  // 1 working day after the deadline
            (Triggers.Escalate, Shanghai(2025, 3, 11, 17, 30)), // 2 working days later, across the weekend
            (Triggers.Escalate, Shanghai(2025, 3, 14, 17, 30)), // 3 working days later
        }).AsCollection);

    [Test]
    public void Should_record_each_step_as_one_event_by_the_system() =>
        Assert.Multiple(() =>
        {
            Assert.That(_steps.Select(s => s.Recorded), Is.All.EqualTo(1));
            var fired = _view.History.Skip((int)_signedFor.Version).ToList();
            Assert.That(fired, Has.Count.EqualTo(_steps.Count));
            Assert.That(fired.Select(e => e.Actor), Is.All.EqualTo("system"));
            Assert.That(fired.Select(e => e.ActorKind), Is.All.EqualTo(ActorKinds.System));
            Assert.That(fired.Select(e => e.Payload.Timer), Is.EqualTo(new[] { "warn", "urge", "overdue", "urge", "urge", "escalate", "escalate", "escalate" }));
            Assert.That(fired.Select(e => e.Payload.DueAt), Is.EqualTo(fired.Select(e => (DateTimeOffset?)e.At)), "each fired when it fell due");
        });

    [Test]
    public void Should_end_at_the_main_leader_with_no_timer_left() =>
        Assert.Multiple(() =>
        {
            Assert.That(_view.State.Supervision, Is.EqualTo("EscalatedToMainLeader"));
            Assert.That(_view.State.Position, Is.EqualTo("handle.Accepted"), "supervision runs beside handling; the case is still the office's");
            Assert.That(_view.Timers, Is.Empty);
        });

    [Test]
    public void Should_tell_the_office_then_each_rung_of_the_ladder()
    {
        var notices = _township.Published.Of<SupervisionNoticeIssued>().Where(n => n.CaseId == _signedFor.Id).ToList();

        Assert.That(notices.Select(n => (n.Kind, n.Recipient, n.SupervisionState)), Is.EqualTo(new[]
        {
            ("warn", "sanitation-office", "Warned"),
            ("urge", "sanitation-office", "Warned"),
            ("overdue", "sanitation-office", "Overdue"),
            ("urge", "sanitation-office", "Overdue"),
            ("urge", "sanitation-office", "Overdue"),
            ("escalate", "armed-forces-head", "EscalatedToCoordinator"),
            ("escalate", "deputy-secretary", "EscalatedToDeputySecretary"),
            ("escalate", "party-secretary", "EscalatedToMainLeader"),
        }).AsCollection);
        Assert.That(notices.Select(n => n.Deadline), Is.All.EqualTo(Shanghai(2025, 3, 6, 17, 30)));
    }

    [Test]
    public void Should_replay_every_step_faithfully_through_the_pinned_definition()
    {
        var report = CaseReplayer.Replay(_signedFor.Id, _view.History, WorkflowsFile.Definition, _snapshot, _township.Definitions.Calendars.Current);

        Assert.That(report.Divergences, Is.Empty, () => string.Join(Environment.NewLine, report.Divergences));
    }
}
