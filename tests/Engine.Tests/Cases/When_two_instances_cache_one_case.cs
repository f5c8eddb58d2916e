using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Tests.History;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Cases;

/// <summary>
/// Two engines on one SQLite file, each with a cache of its own, as two instances on one database: each acts on a case while
/// the other's cached state of it is out of date.
/// </summary>
[TestFixture]
public sealed class When_two_instances_cache_one_case
{
    private readonly TemporaryDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    private CachedEngine _a = null!;
    private CachedEngine _b = null!;
    private Guid _id;
    private CommandOutcome _triagedOnStaleState = null!;
    private int _readsForTriage;
    private CommandOutcome _triagedAgainOnStaleState = null!;
    private int _conflictsForTriageAgain;

    [OneTimeSetUp]
    public async Task Run()
    {
        _a = await CachedEngine.OpenAsync(_database.Path, cacheSize: 100, _clock);
        _b = await CachedEngine.OpenAsync(_database.Path, cacheSize: 100, _clock, _a.Cases.PersonalData);
        _id = await _a.SubmitAsync(_clock);
        await _b.Cases.GetAsync(_id);
        Assert.That(_b.States.Find(_id)?.State.Version, Is.EqualTo(1), "B holds the case as submitted");

        await _a.SendAsync(_clock, _id, Triggers.Register);

        // B holds the case as submitted, where Triage is refused; stored, it is registered, where Triage is accepted.
        var reads = _b.Store.Reads;
        _triagedOnStaleState = await _b.SendAsync(_clock, _id, Triggers.Triage);
        _readsForTriage = _b.Store.Reads - reads;

        // A holds the case as registered, where Triage is accepted; stored, it is triaged already, where it is refused.
        var conflicts = _a.Store.Conflicts;
        _triagedAgainOnStaleState = await _a.SendAsync(_clock, _id, Triggers.Triage);
        _conflictsForTriageAgain = _a.Store.Conflicts - conflicts;
    }

    [OneTimeTearDown]
    public void Remove() => _database.Dispose();

    [Test]
    public void Should_decide_a_refusal_again_on_the_stored_history_before_refusing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_triagedOnStaleState.Status, Is.EqualTo(CommandStatus.Accepted), () => _triagedOnStaleState.Decision?.Rejection ?? "");
            Assert.That(_triagedOnStaleState.State!.Version, Is.EqualTo(3));
            Assert.That(_readsForTriage, Is.EqualTo(1), "the history is read once, after the cached state refused");
            Assert.That(_b.States.Find(_id)?.State.Version, Is.EqualTo(3));
        });
    }

    [Test]
    public void Should_record_nothing_on_a_stale_state_and_decide_again_on_the_stored_one()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_conflictsForTriageAgain, Is.EqualTo(1), "the append decided on the stale state is refused by the version check");
            Assert.That(_triagedAgainOnStaleState.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(_triagedAgainOnStaleState.Decision!.Rejection, Does.Contain("Triage"));
        });
    }

    [Test]
    public async Task Should_keep_one_event_per_accepted_command()
    {
        var history = await _a.Store.ReadAsync(_id);
        Assert.That(history.Select(e => e.Trigger), Is.EqualTo(new[] { Triggers.Submit, Triggers.Register, Triggers.Triage }));
    }
}
