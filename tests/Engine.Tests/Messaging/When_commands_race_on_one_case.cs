using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_commands_race_on_one_case
{
    private const int Racers = 10;

    private CaseFlowBus _bus = null!;
    private Guid _caseId;
    private long _versionBefore;
    private CaseCommandAccepted[] _replies = [];
    private CaseView _case = null!;

    [OneTimeSetUp]
    public async Task Send_ten_progress_reports_at_once_to_a_store_with_slow_reads()
    {
        _bus = await CaseFlowBus.StartAsync(readDelay: TimeSpan.FromMilliseconds(50));
        _caseId = await _bus.SubmitAsync("roadside-clutter");
        await _bus.DispatchAndAssignAsync(_caseId);
        _versionBefore = (await _bus.AcceptAsync(new SignForCase { CaseId = _caseId, Actor = "six-sides-office" })).Version;
        _replies = await Task.WhenAll(Enumerable.Range(1, Racers).Select(i =>
            _bus.AcceptAsync(new ReportProgress { CaseId = _caseId, Actor = "six-sides-office", Note = $"report {i}" })));
        _case = await _bus.CaseAsync(_caseId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_have_made_the_reports_collide()
    {
        Assert.That(((SlowReadingStore)_bus.Store).Conflicts, Is.GreaterThan(0), "the reports should have raced for the same version");
    }

    [Test]
    public void Should_apply_every_report()
    {
        Assert.That(_replies, Has.Length.EqualTo(Racers));
        Assert.That(_case.State.Version, Is.EqualTo(_versionBefore + Racers));
        Assert.That(_case.State.Position, Is.EqualTo("handle.InProgress"));
    }

    [Test]
    public void Should_apply_each_report_once()
    {
        var notes = _case.History.Where(e => e.Trigger == "ReportProgress").Select(e => e.Payload.Note);

        Assert.That(notes, Is.EquivalentTo(Enumerable.Range(1, Racers).Select(i => $"report {i}")));
    }

    [Test]
    public void Should_keep_the_versions_contiguous()
    {
        Assert.That(_case.History.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, (int)_versionBefore + Racers)));
        Assert.That(_replies.Select(r => r.Version).Order(), Is.EqualTo(Enumerable.Range((int)_versionBefore + 1, Racers).Select(v => (long)v)));
    }
}
