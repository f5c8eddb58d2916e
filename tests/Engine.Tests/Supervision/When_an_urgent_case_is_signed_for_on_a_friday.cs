using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>An urgent sanitation case has 8 working hours, not 3 days: signed for on Friday afternoon, it is due on Monday.</summary>
[TestFixture]
public sealed class When_an_urgent_case_is_signed_for_on_a_friday
{
    private SupervisedTownship _township = null!;
    private CaseState _signedFor = null!;

    [OneTimeSetUp]
    public async Task SignFor()
    {
        _township = await StartAsync(Shanghai(2025, 3, 7, 15, 0));
        _signedFor = await _township.SignedForCaseAsync("sanitation", "urgent");
    }

    [OneTimeTearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public void Should_count_the_urgent_deadline_in_working_hours_across_the_weekend() =>
        // Friday 15:00–17:30 is 2.5 h, Monday 08:30–12:00 3.5 h, and 2 h more after lunch.
        Assert.That(_signedFor.HandlingDeadline, Is.EqualTo(Shanghai(2025, 3, 10, 16, 0)));

    [Test]
    public void Should_give_the_office_one_working_hour_to_sign_for_an_urgent_case() =>
        Assert.That(_township.Published.Of<CaseAssigned>().Single().SignForBy, Is.EqualTo(Shanghai(2025, 3, 7, 16, 0)));

    [Test]
    public void Should_tell_the_office_its_deadline_when_the_clock_starts() =>
        Assert.That(_township.Published.Of<HandlingClockStarted>().Single().Deadline, Is.EqualTo(Shanghai(2025, 3, 10, 16, 0)));

    [Test]
    public async Task Should_warn_at_eighty_percent_of_the_working_time()
    {
        var timers = await _township.Store.ReadTimersAsync(_signedFor.Id);

        // 80% of 8 working hours is 6 h 24 min: 2.5 h on Friday, then 3 h 54 min from Monday 08:30.
        Assert.That(timers.Single(t => t.Kind == "warn").DueAt, Is.EqualTo(Shanghai(2025, 3, 10, 14, 24)));
    }
}
