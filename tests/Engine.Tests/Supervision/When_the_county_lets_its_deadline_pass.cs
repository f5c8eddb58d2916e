using CaseFlow.Contracts.County;
using CaseFlow.Engine.Cases;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>
/// A medical-insurance case escalated to the county 12345 system, accepted with a deadline of Friday 7 March 2025, 17:30, and not
/// resolved: silence past the deadline brings an urging of the county and an escalation in the township, every 2 working days,
/// three times at most; a case the county resolves in time is never urged.
/// </summary>
[TestFixture]
public sealed class When_the_county_lets_its_deadline_pass
{
    private const string CountyCaseNumber = "YH12345-20250303-0007";
    private const string County = "county-12345";
    private static readonly DateTimeOffset CountyDeadline = Shanghai(2025, 3, 7, 17, 30);
    private SupervisedTownship _township = null!;
    private CaseState _escalated = null!;
    private readonly List<(DateTimeOffset At, int Recorded)> _passes = [];
    private CaseView _silent = null!;
    private CaseView _resolvedInTime = null!;

    [OneTimeSetUp]
    public async Task WaitForTheCounty()
    {
        _township = await StartAsync();
        _escalated = await _township.TriagedCaseAsync("medical-insurance");
        var inTime = await _township.TriagedCaseAsync("medical-insurance");
        foreach (var (id, number) in new[] { (_escalated.Id, CountyCaseNumber), (inTime.Id, "YH12345-20250303-0008") })
        {
            await _township.AcceptAsync(id, Triggers.CountyAccept, County, new CasePayload { CountyCaseNumber = number, Deadline = CountyDeadline });
        }

        _township.Clock.SetUtcNow(Shanghai(2025, 3, 6, 10, 0));
        await _township.AcceptAsync(inTime.Id, Triggers.CountyResolve, County, new CasePayload { Result = "报销款已到账" });
        await _township.AcceptAsync(_escalated.Id, Triggers.CountyAssign, County, new CasePayload { Department = "县医疗保障局" });

        foreach (var at in new[]
        {
            Shanghai(2025, 3, 7, 17, 29), CountyDeadline, Shanghai(2025, 3, 11, 17, 30), Shanghai(2025, 3, 13, 17, 30), Shanghai(2025, 3, 31, 9, 0),
        })
        {
            _passes.Add((at, await _township.PumpAtAsync(at)));
        }

        _silent = await _township.ViewAsync(_escalated.Id);
        _resolvedInTime = await _township.ViewAsync(inTime.Id);
    }

    [OneTimeTearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public void Should_urge_at_the_deadline_then_every_two_working_days_three_times_at_most() =>
        Assert.That(_passes.Select(p => p.Recorded), Is.EqualTo(new[] { 0, 1, 1, 1, 0 }));

    [Test]
    public void Should_record_each_urging_in_the_history() =>
        Assert.Multiple(() =>
        {
            var urgings = _silent.History.Where(e => e.Trigger == Triggers.UrgeCounty).ToList();
            Assert.That(urgings.Select(e => e.At), Is.EqualTo(new[] { CountyDeadline, Shanghai(2025, 3, 11, 17, 30), Shanghai(2025, 3, 13, 17, 30) }));
            Assert.That(urgings.Select(e => e.To), Is.All.EqualTo("dispatch.CountyAssigned"));
            Assert.That(_silent.State.CountyUrges, Is.EqualTo(3));
            Assert.That(_silent.Timers, Is.Empty);
        });

    [Test]
    public void Should_urge_the_county_with_its_case_number_and_deadline()
    {
        var urged = _township.Published.Of<CountyCaseUrgedByTownship>().Where(m => m.CaseId == _escalated.Id).ToList();

        Assert.That(urged.Select(m => m.Urging), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(urged.Select(m => (m.CountyCaseNumber, m.Deadline)), Is.All.EqualTo((CountyCaseNumber, CountyDeadline)));
        Assert.That(urged[0].Note, Does.Contain(CountyCaseNumber));
    }

    [Test]
    public void Should_escalate_in_the_township_one_rung_per_urging() =>
        Assert.That(_township.Notices(_escalated.Id, "countySilence").Select(n => n.Recipient), Is.EqualTo(new[]
        {
            "deputy-head-services", "deputy-secretary", "party-secretary",
        }));

    [Test]
    public void Should_never_urge_a_case_the_county_resolved_in_time() =>
        Assert.Multiple(() =>
        {
            Assert.That(_resolvedInTime.State.Position, Is.EqualTo("feedback.ResultReported"));
            Assert.That(_resolvedInTime.History.Where(e => e.Trigger == Triggers.UrgeCounty), Is.Empty);
            Assert.That(_township.Published.Of<CountyCaseUrgedByTownship>().Where(m => m.CaseId == _resolvedInTime.State.Id), Is.Empty);
        });
}
