using System.Text.Json;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Tests.History;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Cases;

/// <summary>
/// One case submitted, registered and triaged by an engine that keeps case states, and another by an engine that keeps none, on
/// the real SQLite store: what each reads, what the cache holds and what a command's answer shows.
/// </summary>
[TestFixture]
public sealed class When_commands_run_on_cached_cases
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly TemporaryDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    private CachedEngine _cached = null!;
    private CachedEngine _uncached = null!;
    private Guid _id;
    private Guid _uncachedId;
    private int _readsByCachedCommands;
    private int _readsByUncachedCommands;
    private CommandOutcome _triaged = null!;
    private CommandOutcome _triagedUncached = null!;

    [OneTimeSetUp]
    public async Task Run()
    {
        _cached = await CachedEngine.OpenAsync(_database.Path, cacheSize: 100, _clock);
        _uncached = await CachedEngine.OpenAsync(_database.Path, cacheSize: 0, _clock);

        _id = await _cached.SubmitAsync(_clock);
        var before = _cached.Store.Reads;
        await _cached.SendAsync(_clock, _id, Triggers.Register);
        _triaged = await _cached.SendAsync(_clock, _id, Triggers.Triage);
        _readsByCachedCommands = _cached.Store.Reads - before;

        _uncachedId = await _uncached.SubmitAsync(_clock);
        before = _uncached.Store.Reads;
        await _uncached.SendAsync(_clock, _uncachedId, Triggers.Register);
        _triagedUncached = await _uncached.SendAsync(_clock, _uncachedId, Triggers.Triage);
        _readsByUncachedCommands = _uncached.Store.Reads - before;
    }

    [OneTimeTearDown]
    public void Remove() => _database.Dispose();

    [Test]
    public void Should_decide_on_the_cached_state_without_reading_the_history() =>
        Assert.That((_triaged.Status, _readsByCachedCommands), Is.EqualTo((CommandStatus.Accepted, 0)));

    [Test]
    public void Should_read_and_fold_the_history_for_every_command_when_the_cache_is_disabled()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_readsByUncachedCommands, Is.EqualTo(2), "two commands, one read each");
            Assert.That(_uncached.States.Count, Is.Zero);
            Assert.That(_triagedUncached.State!.Position, Is.EqualTo(_triaged.State!.Position));
            Assert.That(_triagedUncached.State.Version, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Should_hold_the_state_its_stored_history_folds_to()
    {
        var held = _cached.States.Find(_id)!.State;
        var folded = (await _uncached.Cases.GetAsync(_id))!.State;

        Assert.Multiple(() =>
        {
            Assert.That(held.Version, Is.EqualTo(3));
            Assert.That(Json(held), Is.EqualTo(Json(folded)));
        });
    }

    [Test]
    public async Task Should_answer_with_the_view_a_read_right_after_the_command_gives()
    {
        var id = await _cached.SubmitAsync(_clock);
        await _cached.SendAsync(_clock, id, Triggers.Register);
        await _cached.SendAsync(_clock, id, Triggers.Triage);
        var dispatched = await _cached.SendAsync(_clock, id, Triggers.Dispatch);
        var coordinator = _cached.Definitions.Current.Platform(dispatched.State!.Platform!)!.Coordinator;
        var assigned = await _cached.SendAsync(_clock, id, Triggers.Assign, coordinator);

        var answered = await _cached.Cases.AnswerAsync(assigned);
        var read = (await _uncached.Cases.GetAsync(id))!;

        Assert.Multiple(() =>
        {
            Assert.That(assigned.Status, Is.EqualTo(CommandStatus.Accepted), () => assigned.Decision?.Rejection ?? "");
            Assert.That(answered.History, Has.Count.EqualTo(5));
            Assert.That(answered.Timers, Is.Not.Empty, "an assigned case waits on its sign-for timers");
            Assert.That(Json(answered), Is.EqualTo(Json(read)));
        });
    }

    [Test]
    public async Task Should_answer_with_the_case_as_its_command_left_it_when_another_command_followed()
    {
        var id = await _cached.SubmitAsync(_clock);
        var registered = await _cached.SendAsync(_clock, id, Triggers.Register);
        var asRegistered = Json((await _uncached.Cases.GetAsync(id))!);
        await _cached.SendAsync(_clock, id, Triggers.Triage);

        var answered = await _cached.Cases.AnswerAsync(registered);

        Assert.Multiple(() =>
        {
            Assert.That(answered.History, Has.Count.EqualTo(2));
            Assert.That(Json(answered), Is.EqualTo(asRegistered));
        });
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);
}
