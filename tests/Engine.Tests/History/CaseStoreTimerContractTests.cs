using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Tests.History;

/// <summary>The timers table: written with the append that sets them, replaced by the next, read by due time, removed only exactly.</summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreTimerContractTests(string kind)
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));
    private StoreUnderTest _subject = null!;
    private ICaseStore _store = null!;

    [SetUp]
    public async Task OpenStore()
    {
        _subject = await StoreUnderTest.CreateAsync(kind);
        _store = _subject.Store;
    }

    [TearDown]
    public async Task DeleteStore()
    {
        // Null when the set-up failed (no PostgreSQL server, say): its own message is the one to read.
        if (_subject is { } subject)
        {
            _subject = null!;
            await subject.DisposeAsync();
        }
    }

    [Test]
    public async Task AppendAsync_WithTimers_StoresThemWithTheCase()
    {
        var caseId = Guid.NewGuid();
        var warn = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddHours(30.25), 1);

        await _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [warn]);

        Assert.That(await _store.ReadTimersAsync(caseId), Is.EqualTo(new[] { warn }));
    }

    [Test]
    public async Task AppendAsync_NextTimers_ReplaceTheCasesEarlierOnes()
    {
        var caseId = Guid.NewGuid();
        await _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")],
            timers: [new CaseTimer(caseId, TimerKinds.Warn, Monday.AddDays(3), 1), new CaseTimer(caseId, TimerKinds.Overdue, Monday.AddDays(4), 1)]);
        var overdue = new CaseTimer(caseId, TimerKinds.Overdue, Monday.AddDays(4), 2);

        await _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 1, [StoredCase.Busy(caseId, 2)], timers: [overdue]);

        Assert.That(await _store.ReadTimersAsync(caseId), Is.EqualTo(new[] { overdue }));
    }

    [Test]
    public async Task AppendAsync_WithoutTimers_LeavesTheCasesTimers()
    {
        var caseId = Guid.NewGuid();
        var warn = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddDays(3), 1);
        await _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [warn]);

        await _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 1, [StoredCase.Busy(caseId, 2)]);

        Assert.That(await _store.ReadTimersAsync(caseId), Is.EqualTo(new[] { warn }));
    }

    [Test]
    public async Task AppendAsync_ConflictingAppend_KeepsTheTimersItFound()
    {
        var caseId = Guid.NewGuid();
        var warn = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddDays(3), 1);
        await _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [warn]);

        Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 6), 5, [StoredCase.Busy(caseId, 6)], timers: []));
        Assert.That(await _store.ReadTimersAsync(caseId), Is.EqualTo(new[] { warn }));
    }

    [Test]
    public async Task ReadDueTimersAsync_SeveralCases_ReturnsThoseDueEarliestFirstUpToTheLimit()
    {
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var early = new CaseTimer(first, TimerKinds.Overdue, Monday.AddHours(1), 1);
        var earlier = new CaseTimer(second, TimerKinds.Warn, Monday.AddMinutes(1), 1);
        var notYet = new CaseTimer(third, TimerKinds.Warn, Monday.AddDays(1), 1);
        foreach (var (id, timer) in new[] { (first, early), (second, earlier), (third, notYet) })
        {
            await _store.AppendAsync(StoredCase.Snapshot(id, $"key-{id}", 1), 0, [StoredCase.Submitted(id, $"key-{id}")], timers: [timer]);
        }

        var due = await _store.ReadDueTimersAsync(Monday.AddHours(2), 10);
        var limited = await _store.ReadDueTimersAsync(Monday.AddHours(2), 1);

        Assert.That(due, Is.EqualTo(new[] { earlier, early }));
        Assert.That(limited, Is.EqualTo(new[] { earlier }));
    }

    [Test]
    public async Task ReadDueTimersAsync_TimerDueExactlyNow_IsDue()
    {
        var caseId = Guid.NewGuid();
        var warn = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddTicks(1234567), 1);
        await _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [warn]);

        Assert.That(await _store.ReadDueTimersAsync(warn.DueAt.AddTicks(-1), 10), Is.Empty);
        Assert.That(await _store.ReadDueTimersAsync(warn.DueAt, 10), Is.EqualTo(new[] { warn }));
    }

    [Test]
    public async Task DeleteTimerAsync_TimerReplacedSince_RemovesNothing()
    {
        var caseId = Guid.NewGuid();
        var stale = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddDays(3), 1);
        var current = stale with { SetAtVersion = 2 };
        await _store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [current]);

        var removedStale = await _store.DeleteTimerAsync(stale);
        var removedCurrent = await _store.DeleteTimerAsync(current);

        Assert.That((removedStale, removedCurrent), Is.EqualTo((false, true)));
        Assert.That(await _store.ReadTimersAsync(caseId), Is.Empty);
    }
}
