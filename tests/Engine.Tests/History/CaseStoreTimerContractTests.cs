using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Tests.History;

/// <summary>The timers table: written with the append that sets them, replaced by the next, read by due time, removed only exactly.</summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreTimerContractTests(string kind) : CaseStoreFixture(kind)
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public async Task AppendAsync_WithTimers_StoresThemWithTheCase()
    {
        var caseId = Guid.NewGuid();
        var warn = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddHours(30.25), 1);

        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [warn]);

        Assert.That(await Store.ReadTimersAsync(caseId), Is.EqualTo(new[] { warn }));
    }

    [Test]
    public async Task AppendAsync_NextTimers_ReplaceTheCasesEarlierOnes()
    {
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")],
            timers: [new CaseTimer(caseId, TimerKinds.Warn, Monday.AddDays(3), 1), new CaseTimer(caseId, TimerKinds.Overdue, Monday.AddDays(4), 1)]);
        var overdue = new CaseTimer(caseId, TimerKinds.Overdue, Monday.AddDays(4), 2);

        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 1, [StoredCase.Busy(caseId, 2)], timers: [overdue]);

        Assert.That(await Store.ReadTimersAsync(caseId), Is.EqualTo(new[] { overdue }));
    }

    [Test]
    public async Task AppendAsync_WithoutTimers_LeavesTheCasesTimers()
    {
        var caseId = Guid.NewGuid();
        var warn = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddDays(3), 1);
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [warn]);

        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 1, [StoredCase.Busy(caseId, 2)]);

        Assert.That(await Store.ReadTimersAsync(caseId), Is.EqualTo(new[] { warn }));
    }

    [Test]
    public async Task AppendAsync_ConflictingAppend_KeepsTheTimersItFound()
    {
        var caseId = Guid.NewGuid();
        var warn = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddDays(3), 1);
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [warn]);

        Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 6), 5, [StoredCase.Busy(caseId, 6)], timers: []));
        Assert.That(await Store.ReadTimersAsync(caseId), Is.EqualTo(new[] { warn }));
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
            await Store.AppendAsync(StoredCase.Snapshot(id, $"key-{id}", 1), 0, [StoredCase.Submitted(id, $"key-{id}")], timers: [timer]);
        }

        var due = await Store.ReadDueTimersAsync(Monday.AddHours(2), 10);
        var limited = await Store.ReadDueTimersAsync(Monday.AddHours(2), 1);

        Assert.That(due, Is.EqualTo(new[] { earlier, early }));
        Assert.That(limited, Is.EqualTo(new[] { earlier }));
    }

    [Test]
    public async Task ReadDueTimersAsync_TimerDueExactlyNow_IsDue()
    {
        var caseId = Guid.NewGuid();
        var warn = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddTicks(1234567), 1);
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [warn]);

        Assert.That(await Store.ReadDueTimersAsync(warn.DueAt.AddTicks(-1), 10), Is.Empty);
        Assert.That(await Store.ReadDueTimersAsync(warn.DueAt, 10), Is.EqualTo(new[] { warn }));
    }

    [Test]
    public async Task DeleteTimerAsync_TimerReplacedSince_RemovesNothing()
    {
        var caseId = Guid.NewGuid();
        var stale = new CaseTimer(caseId, TimerKinds.Warn, Monday.AddDays(3), 1);
        var current = stale with { SetAtVersion = 2 };
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], timers: [current]);

        var removedStale = await Store.DeleteTimerAsync(stale);
        var removedCurrent = await Store.DeleteTimerAsync(current);

        Assert.That((removedStale, removedCurrent), Is.EqualTo((false, true)));
        Assert.That(await Store.ReadTimersAsync(caseId), Is.Empty);
    }
}
