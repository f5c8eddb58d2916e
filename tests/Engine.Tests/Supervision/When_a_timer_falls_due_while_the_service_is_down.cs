using CaseFlow.Engine.Cases;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>
/// Timers are stored with their case, so they outlive the process: a warning that fell due while the service was down fires once
/// when a new engine opens the same file, however often or however many pumps run; a longer outage catches up step by step.
/// </summary>
[TestFixture]
public sealed class When_a_timer_falls_due_while_the_service_is_down
{
    private SupervisedTownship _before = null!;
    private SupervisedTownship _forgotten = null!;
    private CaseState _signedFor = null!;
    private CaseState _longForgotten = null!;
    private int _firstPass;
    private int _secondPass;
    private int _racingPasses;
    private CaseView _afterRestart = null!;
    private CaseView _raced = null!;
    private int _catchUp;
    private CaseView _caughtUp = null!;

    [OneTimeSetUp]
    public async Task StopAndStart()
    {
        _before = await StartAsync();
        _signedFor = await _before.SignedForCaseAsync("sanitation");

        // Down from Monday until Thursday 11:00: the warning was due at 10:00; the next step (urging) not until 16:00.
        var thursday = Shanghai(2025, 3, 6, 11, 0);
        var afterRestart = await _before.RestartAsync(thursday);
        _firstPass = await afterRestart.Pump.FireDueAsync();
        _secondPass = await afterRestart.Pump.FireDueAsync();
        _afterRestart = await afterRestart.ViewAsync(_signedFor.Id);

        // Another case due at the same time, found by two engines at once (two service instances on one file).
        var raced = await _before.SignedForCaseAsync("sanitation");
        var one = await _before.RestartAsync(thursday);
        var other = await _before.RestartAsync(thursday);
        _racingPasses = (await Task.WhenAll(one.Pump.FireDueAsync(), other.Pump.FireDueAsync(), one.Pump.FireDueAsync(), other.Pump.FireDueAsync())).Sum();
        _raced = await one.ViewAsync(raced.Id);

        // A case on a file of its own, signed for the same Monday and left while the service was down for two weeks.
        _forgotten = await StartAsync();
        _longForgotten = await _forgotten.SignedForCaseAsync("sanitation");
        var twoWeeksLater = await _forgotten.RestartAsync(Shanghai(2025, 3, 17, 9, 0));
        _catchUp = await twoWeeksLater.Pump.FireDueAsync();
        _caughtUp = await twoWeeksLater.ViewAsync(_longForgotten.Id);
    }

    [OneTimeTearDown]
    public async Task Clean()
    {
        await _before.DisposeAsync();
        await _forgotten.DisposeAsync();
    }

    [Test]
    public void Should_fire_the_missed_warning_on_the_first_pass_after_restart() =>
        Assert.That(_firstPass, Is.EqualTo(1));

    [Test]
    public void Should_fire_it_only_once_however_many_passes_follow() =>
        Assert.Multiple(() =>
        {
            Assert.That(_secondPass, Is.Zero);
            Assert.That(_afterRestart.History.Count(e => e.Trigger == Triggers.Warn), Is.EqualTo(1));
        });

    [Test]
    public void Should_fire_it_only_once_when_several_pumps_race_for_it() =>
        Assert.Multiple(() =>
        {
            Assert.That(_racingPasses, Is.EqualTo(1));
            Assert.That(_raced.History.Count(e => e.Trigger == Triggers.Warn), Is.EqualTo(1));
        });

    [Test]
    public void Should_record_the_warning_when_it_fired_with_when_it_was_due() =>
        Assert.Multiple(() =>
        {
            var warned = _afterRestart.History.Single(e => e.Trigger == Triggers.Warn);
            Assert.That(warned.At, Is.EqualTo(Shanghai(2025, 3, 6, 11, 0)));
            Assert.That(warned.Payload.DueAt, Is.EqualTo(Shanghai(2025, 3, 6, 10, 0)));
            Assert.That(_afterRestart.State.Supervision, Is.EqualTo("Warned"));
        });

    [Test]
    public void Should_keep_the_next_timers_for_later() =>
        Assert.That(_afterRestart.Timers.Select(t => (t.Kind, t.DueAt)), Is.EquivalentTo(new[]
        {
            ("urge", Shanghai(2025, 3, 6, 16, 0)),
            ("overdue", Shanghai(2025, 3, 6, 17, 30)),
        }));

    [Test]
    public void Should_bring_a_long_forgotten_case_up_to_date_one_step_per_timer() =>
        Assert.Multiple(() =>
        {
            var fired = _caughtUp.History.Skip((int)_longForgotten.Version).Select(e => e.Trigger).ToList();
            Assert.That(fired, Is.EqualTo(new[] { Triggers.Warn, Triggers.Urge, Triggers.MarkOverdue, Triggers.Escalate, Triggers.Escalate, Triggers.Escalate }));
            Assert.That(_catchUp, Is.EqualTo(fired.Count));
            Assert.That(_caughtUp.State.Supervision, Is.EqualTo("EscalatedToMainLeader"), "every rung fell due by Friday 14 March");
        });
}
