using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>
/// A sanitation case assigned on Monday 3 March 2025 at 09:00 has 4 working hours to be signed for (签收), until 15:00: the office is urged at
/// the sign-for deadline and every 4 working hours after, until it signs; then the handling clock starts from the signing.
/// </summary>
[TestFixture]
public sealed class When_an_office_does_not_sign_for_a_case
{
    private SupervisedTownship _township = null!;
    private CaseState _assigned = null!;
    private int _beforeTheDeadline;
    private int _atTheDeadline;
    private int _nextMorning;
    private CaseState _signedFor = null!;
    private IReadOnlyList<CaseTimer> _timersAfterSigning = [];

    [OneTimeSetUp]
    public async Task LetItWait()
    {
        _township = await StartAsync();
        _assigned = await _township.AssignedCaseAsync("sanitation");
        _beforeTheDeadline = await _township.PumpAtAsync(Shanghai(2025, 3, 3, 14, 59));
        _atTheDeadline = await _township.PumpAtAsync(Shanghai(2025, 3, 3, 15, 0));
        _nextMorning = await _township.PumpAtAsync(Shanghai(2025, 3, 4, 10, 0));
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 4, 10, 30));
        _signedFor = await _township.AcceptAsync(_assigned.Id, Triggers.SignFor, "sanitation-office");
        _timersAfterSigning = await _township.Store.ReadTimersAsync(_assigned.Id);
    }

    [OneTimeTearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public void Should_give_the_office_four_working_hours_to_sign_for_it() =>
        Assert.Multiple(() =>
        {
            Assert.That(_assigned.SignForDeadline, Is.EqualTo(Shanghai(2025, 3, 3, 15, 0)), "09:00–12:00 and 14:00–15:00");
            Assert.That(_township.Published.Of<CaseAssigned>().Single(m => m.CaseId == _assigned.Id).SignForBy, Is.EqualTo(_assigned.SignForDeadline));
        });

    [Test]
    public void Should_urge_the_office_at_the_deadline_and_again_four_working_hours_later() =>
        Assert.Multiple(() =>
        {
            Assert.That((_beforeTheDeadline, _atTheDeadline, _nextMorning), Is.EqualTo((0, 1, 1)));
            var notices = _township.Notices(_assigned.Id, "signForOverdue");
            Assert.That(notices.Select(n => n.Recipient), Is.EqualTo(new[] { "sanitation-office", "sanitation-office" }));
            Assert.That(notices.Select(n => n.Deadline), Is.All.EqualTo(Shanghai(2025, 3, 3, 15, 0)));
        });

    [Test]
    public async Task Should_record_each_urging_in_the_history_without_moving_the_case()
    {
        var urgings = (await _township.ViewAsync(_assigned.Id)).History.Where(e => e.Trigger == Triggers.UrgeSignFor).ToList();

        Assert.That(urgings.Select(e => e.At), Is.EqualTo(new[] { Shanghai(2025, 3, 3, 15, 0), Shanghai(2025, 3, 4, 10, 0) }));
        Assert.That(urgings.Select(e => e.To), Is.All.EqualTo("dispatch.AssignedToOffice"));
    }

    [Test]
    public void Should_start_the_handling_clock_at_the_signing_not_at_submission() =>
        Assert.Multiple(() =>
        {
            Assert.That(_signedFor.SignedForAt, Is.EqualTo(Shanghai(2025, 3, 4, 10, 30)));
            Assert.That(_signedFor.HandlingDeadline, Is.EqualTo(Shanghai(2025, 3, 7, 17, 30)), "3 working days after Tuesday");
            Assert.That(_signedFor.SignForDeadline, Is.Null);
            Assert.That(_township.Published.Of<HandlingClockStarted>().Single(m => m.CaseId == _assigned.Id).Deadline, Is.EqualTo(_signedFor.HandlingDeadline));
        });

    [Test]
    public void Should_replace_the_sign_for_timer_with_the_handling_timers() =>
        Assert.That(_timersAfterSigning.Select(t => t.Kind), Is.EquivalentTo(new[] { "warn", "overdue" }));
}
