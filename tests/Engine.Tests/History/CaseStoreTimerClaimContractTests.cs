using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Timer claims, on each kind of store: a due timer goes to one claimer at a time, until its lease ends or the case's next append
/// replaces its timers; several pumps claiming at once never get the same timer.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreTimerClaimContractTests(string kind) : CaseStoreFixture(kind)
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Test]
    public async Task ClaimDueTimersAsync_SeveralCases_ClaimsThoseDueEarliestFirstUpToTheLimit()
    {
        var early = await CaseWithTimerAsync(Monday.AddHours(1));
        var earlier = await CaseWithTimerAsync(Monday.AddMinutes(1).AddTicks(7));
        await CaseWithTimerAsync(Monday.AddDays(1));

        var first = await Store.ClaimDueTimersAsync("pump-a", Monday.AddHours(2), Lease, 1);
        var rest = await Store.ClaimDueTimersAsync("pump-a", Monday.AddHours(2), Lease, 10);

        Assert.That(first, Is.EqualTo(new[] { earlier }));
        Assert.That(rest, Is.EqualTo(new[] { early }), "the claimed timer is not handed out again, the one not yet due is left");
    }

    [Test]
    public async Task ClaimDueTimersAsync_ClaimedTimer_IsNotReclaimedUntilItsLeaseEnds()
    {
        var timer = await CaseWithTimerAsync(Monday);
        var now = Monday.AddSeconds(5);
        await Store.ClaimDueTimersAsync("pump-a", now, Lease, 10);

        var duringLease = await Store.ClaimDueTimersAsync("pump-b", now + Lease - TimeSpan.FromTicks(1), Lease, 10);
        var afterLease = await Store.ClaimDueTimersAsync("pump-b", now + Lease, Lease, 10);

        Assert.That(duringLease, Is.Empty);
        Assert.That(afterLease, Is.EqualTo(new[] { timer }));
        Assert.That(await Store.ReadDueTimersAsync(now, 10), Is.EqualTo(new[] { timer }), "a claim does not hide a timer from readers");
    }

    [Test]
    public async Task ClaimDueTimersAsync_AfterAnAppendReplacedTheTimers_ClaimsTheNewOnesAtOnce()
    {
        var timer = await CaseWithTimerAsync(Monday);
        var now = Monday.AddSeconds(5);
        await Store.ClaimDueTimersAsync("pump-a", now, Lease, 10);
        var replanned = timer with { SetAtVersion = 2 };

        await Store.AppendAsync(StoredCase.Snapshot(timer.CaseId, $"key-{timer.CaseId}", 2), 1, [StoredCase.Busy(timer.CaseId, 2)], timers: [replanned]);

        Assert.That(await Store.ClaimDueTimersAsync("pump-b", now, Lease, 10), Is.EqualTo(new[] { replanned }));
    }

    [Test]
    public async Task DeleteTimerAsync_ClaimedTimer_IsRemoved()
    {
        var timer = await CaseWithTimerAsync(Monday);
        await Store.ClaimDueTimersAsync("pump-a", Monday, Lease, 10);

        Assert.That(await Store.DeleteTimerAsync(timer), Is.True);
        Assert.That(await Store.ReadTimersAsync(timer.CaseId), Is.Empty);
    }

    [Test]
    public async Task ClaimDueTimersAsync_SeveralPumpsAtOnce_ClaimEachTimerOnce()
    {
        const int cases = 150;
        var expected = new List<CaseTimer>();
        for (var i = 0; i < cases; i++)
        {
            expected.Add(await CaseWithTimerAsync(Monday.AddSeconds(i % 17)));
        }

        // Each pump is its own store object (its own connections), as pumps on several instances would be.
        var pumps = Enumerable.Range(0, 6).Select(i => (Owner: $"pump-{i}", Store: Subject.Reopen())).ToList();
        var claims = await Task.WhenAll(pumps.Select(pump => Task.Run(async () =>
        {
            var mine = new List<CaseTimer>();
            for (var empty = 0; empty < 3;)
            {
                var batch = await pump.Store.ClaimDueTimersAsync(pump.Owner, Monday.AddMinutes(1), TimeSpan.FromHours(1), 5);
                mine.AddRange(batch);
                empty = batch.Count == 0 ? empty + 1 : 0;
            }

            return mine;
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.That(all, Is.Unique, "no timer was claimed twice");
        Assert.That(all, Is.EquivalentTo(expected), "every due timer was claimed");
    }

    private async Task<CaseTimer> CaseWithTimerAsync(DateTimeOffset dueAt)
    {
        var caseId = Guid.NewGuid();
        var timer = new CaseTimer(caseId, TimerKinds.Warn, dueAt, 1);
        await Store.AppendAsync(StoredCase.Snapshot(caseId, $"key-{caseId}", 1), 0, [StoredCase.Submitted(caseId, $"key-{caseId}")], timers: [timer]);
        return timer;
    }
}
