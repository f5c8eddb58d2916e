using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>
/// A sanitation case assigned on Monday 3 March 2025 at 09:00 that nobody signs for (签收): its sign-for deadline is 15:00 (4 working
/// hours on 08:30–12:00, 14:00–17:30). The office is urged then and every 4 working hours, until the ladder of
/// <c>supervision.escalation</c>, measured from the sign-for deadline, reaches the platform coordinator at the close of the next working
/// day (Tuesday 17:30); the urging stops there, and the case climbs to the deputy secretary 2 working days later (Thursday 6 March
/// 17:30) and to the main leader 3 after that (Tuesday 11 March 17:30). Signed for at last, its handling starts a ladder of its own.
/// </summary>
[TestFixture]
public sealed class When_an_assignment_is_never_signed_for
{
    private SupervisedTownship _township = null!;
    private CaseState _assigned = null!;
    private readonly List<(string Trigger, DateTimeOffset At)> _steps = [];
    private AssessedCase _atTheDeputySecretary = null!;
    private IReadOnlyList<string> _reachedOnTheWorkbench = [];
    private CaseView _view = null!;
    private AssessedCase _assessed = null!;
    private CaseState _signedFor = null!;

    [OneTimeSetUp]
    public async Task LetItWait()
    {
        _township = await StartAsync();
        _assigned = await _township.AssignedCaseAsync("sanitation");
        for (var i = 0; i < 20; i++)
        {
            var timers = await _township.Store.ReadTimersAsync(_assigned.Id);
            if (timers.Count == 0)
            {
                break;
            }

            await _township.PumpAtAsync(timers.Min(t => t.DueAt));
            var view = await _township.ViewAsync(_assigned.Id);
            _steps.Add((view.History[^1].Trigger, view.History[^1].At));
            if (_steps.Count(s => s.Trigger == "EscalateSignFor") == 2 && _atTheDeputySecretary is null)
            {
                _atTheDeputySecretary = Assess(view, view.History[^1].At);
                _reachedOnTheWorkbench = EscalationLadder.Reached(view.State, WorkflowsFile.Definition);
            }
        }

        _view = await _township.ViewAsync(_assigned.Id);
        _assessed = Assess(_view, Shanghai(2025, 3, 12, 9));
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 12, 9));
        _signedFor = await _township.AcceptAsync(_assigned.Id, Triggers.SignFor, "sanitation-office");
    }

    [OneTimeTearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public void Should_urge_three_times_then_climb_the_ladder_from_the_sign_for_deadline() =>
        Assert.That(_steps, Is.EqualTo(new[]
        {
            ("UrgeSignFor", Shanghai(2025, 3, 3, 15)),         // the sign-for deadline
            ("UrgeSignFor", Shanghai(2025, 3, 4, 10)),         // 2.5 working hours on Monday, 1.5 on Tuesday
            ("UrgeSignFor", Shanghai(2025, 3, 4, 16)),         // 2 before lunch, 2 after
            ("EscalateSignFor", Shanghai(2025, 3, 4, 17, 30)), // the close of the first working day after the deadline's
            ("EscalateSignFor", Shanghai(2025, 3, 6, 17, 30)), // 2 working days later
            ("EscalateSignFor", Shanghai(2025, 3, 11, 17, 30)), // 3 working days later, across the weekend
        }).AsCollection);

    [Test]
    public void Should_stop_urging_once_escalated_and_leave_no_timer_at_the_top_of_the_ladder() =>
        Assert.Multiple(() =>
        {
            Assert.That(_view.Timers, Is.Empty, "no urging (the next was due Wednesday 11:00) and no rung above the main leader");
            Assert.That(_view.State.Escalations, Is.EqualTo(3));
            Assert.That(_view.State.Position, Is.EqualTo("dispatch.AssignedToOffice"), "the case is still the office's to sign for");
            Assert.That(_view.PermittedTriggers, Does.Not.Contain("UrgeSignFor"));
        });

    [Test]
    public void Should_tell_each_leader_on_the_ladder_about_the_missed_sign_for_deadline()
    {
        var notices = _township.Notices(_assigned.Id, "signForEscalate");

        Assert.That(notices.Select(n => n.Recipient), Is.EqualTo(new[] { "armed-forces-head", "deputy-secretary", "party-secretary" }));
        Assert.That(notices.Select(n => n.Deadline), Is.All.EqualTo(Shanghai(2025, 3, 3, 15)));
        Assert.That(_township.Notices(_assigned.Id, "signForOverdue").Select(n => n.Recipient), Is.EqualTo(new[] { "sanitation-office", "sanitation-office", "sanitation-office" }));
    }

    [Test]
    public void Should_record_each_climb_as_an_event_by_the_system_naming_its_timer() =>
        Assert.Multiple(() =>
        {
            var climbs = _view.History.Where(e => e.Trigger == "EscalateSignFor").ToList();
            Assert.That(climbs.Select(e => e.Actor), Is.All.EqualTo("system"));
            Assert.That(climbs.Select(e => e.Payload.Timer), Is.All.EqualTo("signForEscalate"));
            Assert.That(climbs.Select(e => e.Effects), Is.All.EqualTo(new[] { "supervision.signForEscalate" }));
            Assert.That(climbs.Select(e => e.To), Is.All.EqualTo("dispatch.AssignedToOffice"));
        });

    [Test]
    public void Should_reach_the_deputy_secretary_in_the_assessment_and_on_the_workbench() =>
        Assert.Multiple(() =>
        {
            Assert.That(_atTheDeputySecretary.LeadersReached, Is.EqualTo(new[] { "armed-forces-head", "deputy-secretary" }));
            Assert.That(_atTheDeputySecretary.ReachedDeputySecretary, Is.True);
            Assert.That(_reachedOnTheWorkbench, Is.EqualTo(new[] { "armed-forces-head", "deputy-secretary" }));
            Assert.That(_assessed.LeadersReached, Is.EqualTo(new[] { "armed-forces-head", "deputy-secretary", "party-secretary" }));
        });

    [Test]
    public void Should_start_the_handling_ladder_afresh_once_signed_for() =>
        Assert.Multiple(() =>
        {
            Assert.That(_signedFor.Escalations, Is.Zero);
            Assert.That(_signedFor.HandlingDeadline, Is.EqualTo(Shanghai(2025, 3, 17, 17, 30)), "3 working days after Wednesday 12 March");
            Assert.That(EscalationLadder.Reached(_signedFor, WorkflowsFile.Definition), Is.Empty);
        });

    [Test]
    public async Task Should_replay_every_step_faithfully_through_the_pinned_definition()
    {
        var history = await _township.Store.ReadAsync(_assigned.Id);

        var report = CaseReplayer.Replay(_assigned.Id, history, WorkflowsFile.Definition, await _township.Store.ReadSnapshotAsync(_assigned.Id), _township.Definitions.Calendars.Current);

        Assert.That(report.Divergences, Is.Empty, () => string.Join(Environment.NewLine, report.Divergences));
    }

    private AssessedCase Assess(CaseView view, DateTimeOffset asOf) =>
        CaseAssessor.Assess(new CaseRecord(view.State, view.History) { Calendars = _township.Definitions.Calendars.Current }, WorkflowsFile.Definition, asOf);
}
