using System.Data.Common;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Group commit, on each kind of store: appends that arrive together share one transaction, yet each is stored, refused or lost
/// exactly as it would be alone. To make a batch deterministic, a test holds up the first append (<see cref="HeldWrites"/>), queues
/// the rest behind it and lets go: everything queued meanwhile is the next batch.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreGroupCommitContractTests(string kind) : CaseStoreFixture(kind)
{
    [Test]
    public async Task AppendAsync_ManyConcurrentAppendsToDifferentCases_AllLandWithIntactChains()
    {
        const int cases = 120;
        const int appendsEach = 3;
        var ids = Enumerable.Range(0, cases).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            var events = EventChain.Seal([StoredCase.Submitted(id, $"key-{id}"), StoredCase.Busy(id, 2), StoredCase.Busy(id, 3)], null);
            for (var version = 0; version < appendsEach; version++)
            {
                await Store.AppendAsync(StoredCase.Snapshot(id, $"key-{id}", version + 1) with { LastHash = events[version].Hash }, version, [events[version]]);
            }
        })));

        var report = await ChainVerifier.VerifyAsync(Store);
        var histories = await Task.WhenAll(ids.Select(id => Store.ReadAsync(id)));
        Assert.Multiple(() =>
        {
            Assert.That(report.IsIntact, Is.True, string.Join("; ", report.Broken));
            Assert.That((report.Cases, report.Events), Is.EqualTo((cases, (long)(cases * appendsEach))));
            Assert.That(histories.Select(h => h.Select(e => e.Sequence)), Has.All.EqualTo(new long[] { 1, 2, 3 }), "every case's every event, in order");
        });
        TestContext.Out.WriteLine($"{Kind}: {cases * appendsEach} appends in {Committer(Store).Commits} commits");
    }

    [Test]
    public async Task AppendAsync_AppendsToOneCaseAtOneVersionInOneBatch_TheFirstWinsAndTheOthersConflict()
    {
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);

        Task<string?>[] writers;
        await using (await HeldBatchAsync())
        {
            writers = Enumerable.Range(0, 8).Select(i => Outcome(Store.AppendAsync(
                StoredCase.Snapshot(caseId, "key-1", 2, state: $"writer-{i}"), 1, [StoredCase.Busy(caseId, 2, $"writer-{i}")]), $"writer-{i}")).ToArray();
        }

        var outcomes = await Task.WhenAll(writers);
        Assert.Multiple(async () =>
        {
            Assert.That(outcomes[0], Is.EqualTo("writer-0"), "the first in the batch is written first");
            Assert.That(outcomes.Skip(1), Has.All.EqualTo(nameof(ConcurrencyConflictException)), "the rest see its write, as they would one after another");
            Assert.That((await Store.ReadAsync(caseId)).Select(e => e.Actor), Is.EqualTo(new[] { "service-hotline", "writer-0" }));
            Assert.That((await Store.ReadSnapshotAsync(caseId))!.State, Is.EqualTo("writer-0"));
            Assert.That(Committer(Store).Batches, Is.EqualTo(3), "the first append, the held one, then all eight in one batch");
        });
    }

    [Test]
    public async Task AppendAsync_ConcurrentWritersOnOneCase_ExactlyOneWinsEachVersion()
    {
        const int versions = 6;
        const int writers = 6;
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);

        for (var version = 1; version <= versions; version++)
        {
            var expected = version;
            var outcomes = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => Outcome(Store.AppendAsync(
                StoredCase.Snapshot(caseId, "key-1", expected + 1), expected, [StoredCase.Busy(caseId, expected + 1, $"v{expected}-w{w}")]), $"v{expected}-w{w}"))));

            Assert.That(outcomes.Count(o => o == nameof(ConcurrencyConflictException)), Is.EqualTo(writers - 1), $"of the writers at version {expected}, all but one conflict");
        }

        var history = await Store.ReadAsync(caseId);
        Assert.Multiple(async () =>
        {
            Assert.That(history.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, versions + 1).Select(i => (long)i)));
            Assert.That(history.Skip(1).Select((e, i) => e.Actor.StartsWith($"v{i + 1}-", StringComparison.Ordinal)), Has.All.True, "one winner per version");
            Assert.That((await Store.ReadSnapshotAsync(caseId))!.Version, Is.EqualTo(versions + 1));
        });
    }

    [Test]
    public async Task AppendAsync_FailingAppendsInsideABatch_FailAloneWithTheirOwnErrorsWhileTheirNeighboursCommit()
    {
        var (stale, processed, keyed, repeated) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var messageId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(stale, "key-stale", 1), 0, [StoredCase.Submitted(stale, "key-stale")]);
        await Store.AppendAsync(StoredCase.Snapshot(processed, "key-processed", 1), 0, [StoredCase.Submitted(processed, "key-processed")], messageId);
        await Store.AppendAsync(StoredCase.Snapshot(keyed, "hotline-0303-17", 1), 0, [StoredCase.Submitted(keyed, "hotline-0303-17")]);
        await Store.AppendAsync(StoredCase.Snapshot(repeated, "key-repeated", 1), 0, [StoredCase.Submitted(repeated, "key-repeated")]);
        var neighbours = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        var stranger = Guid.NewGuid();
        var unsentBefore = await Store.CountUnsentOutboxAsync();

        Task<string?>[] good;
        Task<string?> staleVersion, duplicateMessage, duplicateKey, repeatedSequence;
        await using (await HeldBatchAsync())
        {
            good = neighbours.Take(3).Select(AppendNew).ToArray();
            staleVersion = Outcome(Store.AppendAsync(StoredCase.Snapshot(stale, "key-stale", 6), 5, [StoredCase.Busy(stale, 6)]), "stored");
            duplicateMessage = Outcome(Store.AppendAsync(
                StoredCase.Snapshot(processed, "key-processed", 2), 1, [StoredCase.Busy(processed, 2)], messageId,
                outbox: [new OutboxEntry(Guid.NewGuid(), processed, "m", "{}", DateTimeOffset.UnixEpoch)]), "stored");
            duplicateKey = Outcome(Store.AppendAsync(StoredCase.Snapshot(stranger, "hotline-0303-17", 1), 0, [StoredCase.Submitted(stranger, "hotline-0303-17")]), "stored");
            repeatedSequence = Outcome(Store.AppendAsync(StoredCase.Snapshot(repeated, "key-repeated", 2), 1, [StoredCase.Submitted(repeated, "key-repeated")]), "stored");
            good = [.. good, .. neighbours.Skip(3).Select(AppendNew)];
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await Task.WhenAll(good), Has.All.EqualTo("stored"), "the neighbours commit");
            Assert.That(await staleVersion, Is.EqualTo(nameof(ConcurrencyConflictException)));
            Assert.That(await duplicateMessage, Is.EqualTo(nameof(ConcurrencyConflictException)), "a message applied before is a conflict, as alone");
            Assert.That(await duplicateKey, Is.EqualTo(nameof(DuplicateClientKeyException)));
            Assert.That(await repeatedSequence, Is.EqualTo(nameof(DbException)), "a constraint violation reaches its caller as the database's error");
            foreach (var id in neighbours)
            {
                Assert.That(await Store.ReadAsync(id), Has.Count.EqualTo(1), "each neighbour's event");
            }

            foreach (var id in new[] { stale, processed, repeated })
            {
                Assert.That((await Store.ReadSnapshotAsync(id))!.Version, Is.EqualTo(1), "a refused append leaves its case as it was");
                Assert.That(await Store.ReadAsync(id), Has.Count.EqualTo(1));
            }

            Assert.That(await Store.ReadAsync(stranger), Is.Empty);
            Assert.That(await Store.FindByClientKeyAsync("hotline-0303-17"), Is.EqualTo(keyed));
            Assert.That(await Store.CountUnsentOutboxAsync(), Is.EqualTo(unsentBefore), "the refused append's outbox message is not stored");
            Assert.That(Committer(Store).Commits - Committer(Store).Batches, Is.Zero, "one commit per batch, the failures inside it included");
        });
    }

    [Test]
    public async Task AppendAsync_RefusedBecauseOfAnEarlierAppendInItsBatch_FindsThatAppendStoredWhenAnswered()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };

        Task<(Guid Id, bool Refused, Guid? Found)>[] appends;
        await using (await HeldBatchAsync())
        {
            appends = ids.Select(id => Store.AppendAsync(StoredCase.Snapshot(id, "hotline-0303-17", 1), 0, [StoredCase.Submitted(id, "hotline-0303-17")])
                .ContinueWith(
                    async t => t.Exception?.InnerException is DuplicateClientKeyException
                        ? (id, true, await Store.FindByClientKeyAsync("hotline-0303-17"))
                        : (id, false, (Guid?)null),
                    CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Unwrap()).ToArray();
        }

        var outcomes = await Task.WhenAll(appends);
        var refused = outcomes.Single(o => o.Refused);
        Assert.That(refused.Found, Is.EqualTo(outcomes.Single(o => !o.Refused).Id), "refused for the other's key, its caller finds the other's case already stored");
    }

    [Test]
    public async Task AppendAsync_BatchWhoseCommitFails_FailsEveryCallerAndStoresNothing()
    {
        var store = await PoisonedCommit.InstallAsync(Subject);
        var neighbours = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var poisoned = Guid.NewGuid();

        Task<string?>[] batch;
        await using (await HeldBatchAsync(store))
        {
            batch =
            [
                .. neighbours.Take(2).Select(id => AppendNew(id, store)),
                Outcome(store.AppendAsync(
                    StoredCase.Snapshot(poisoned, "key-poisoned", 1), 0, [StoredCase.Submitted(poisoned, "key-poisoned") with { Actor = PoisonedCommit.Actor }]), "stored"),
                .. neighbours.Skip(2).Select(id => AppendNew(id, store)),
            ];
        }

        var outcomes = await Task.WhenAll(batch);
        var afterwards = Guid.NewGuid();
        await store.AppendAsync(StoredCase.Snapshot(afterwards, "key-afterwards", 1), 0, [StoredCase.Submitted(afterwards, "key-afterwards")]);
        Assert.Multiple(async () =>
        {
            Assert.That(outcomes, Has.All.EqualTo(nameof(DbException)), "the commit's failure, to every caller in the batch");
            foreach (var id in neighbours.Append(poisoned))
            {
                Assert.That(await store.ReadAsync(id), Is.Empty, "nothing of the failed batch is stored");
            }

            Assert.That(await store.ReadAsync(afterwards), Has.Count.EqualTo(1), "the next append commits: the committer carries on");
            Assert.That(Committer(store).Commits, Is.EqualTo(2), "the held append's and the next one's; the failed batch's commit is not counted");
        });
    }

    [Test]
    public async Task AppendAsync_AppendsQueuedDuringACommit_AreCommittedTogetherUpToTheBatchSize()
    {
        var store = Subject.Reopen(new GroupCommitSettings { MaxBatch = 8 });
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        Task<string?>[] appends;
        await using (await HeldBatchAsync(store))
        {
            appends = ids.Select(id => AppendNew(id, store)).ToArray();
        }

        Assert.That(await Task.WhenAll(appends), Has.All.EqualTo("stored"));
        Assert.Multiple(async () =>
        {
            Assert.That(await store.ListAsync(), Has.Count.EqualTo(ids.Count + 1));
            Assert.That((Committer(store).Batches, Committer(store).Commits), Is.EqualTo((4L, 4L)), "the held append, then 20 in batches of 8, 8 and 4");
        });
    }

    [Test]
    public async Task AppendAsync_GroupCommitOff_CommitsEachAppendAlone()
    {
        var store = Subject.Reopen(new GroupCommitSettings { Enabled = false });
        var ids = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToList();

        var outcomes = await Task.WhenAll(ids.Select(id => Task.Run(() => AppendNew(id, store))));

        Assert.Multiple(async () =>
        {
            Assert.That(outcomes, Has.All.EqualTo("stored"));
            Assert.That(await store.ListAsync(), Has.Count.EqualTo(ids.Count));
            Assert.That((Committer(store).Batches, Committer(store).Commits), Is.EqualTo((0L, 16L)), "no batch: one commit per append");
        });
    }

    [Test]
    public async Task AppendAsync_CancelledWhileWaitingForItsBatch_IsWithdrawnAndItsNeighboursCommit()
    {
        var (withdrawn, kept) = (Guid.NewGuid(), Guid.NewGuid());
        using var cancellation = new CancellationTokenSource();

        Task cancelled;
        Task<string?> neighbour;
        await using (await HeldBatchAsync())
        {
            cancelled = Store.AppendAsync(StoredCase.Snapshot(withdrawn, "key-withdrawn", 1), 0, [StoredCase.Submitted(withdrawn, "key-withdrawn")], cancellationToken: cancellation.Token);
            neighbour = AppendNew(kept);
            await cancellation.CancelAsync();
            await Task.WhenAny(cancelled, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.That(cancelled.IsCanceled, Is.True, "withdrawn at once, while the batch before it is still held");
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await neighbour, Is.EqualTo("stored"));
            Assert.That(await Store.ReadAsync(withdrawn), Is.Empty, "a withdrawn append is never written");
            Assert.That(Committer(Store).Commits, Is.EqualTo(2));
        });
    }

    internal static Task<string?> Outcome(Task append, string stored) => append.ContinueWith<string?>(
        t => t.IsCanceled ? "cancelled" : t.Exception?.InnerException switch
        {
            null => stored,
            DbException => nameof(DbException),
            var e => e.GetType().Name,
        },
        CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private static AppendCommitter Committer(ICaseStore store) => ((RelationalCaseStore)store).Committer;

    private Task<string?> AppendNew(Guid id) => AppendNew(id, Store);

    private static Task<string?> AppendNew(Guid id, ICaseStore store) =>
        Outcome(store.AppendAsync(StoredCase.Snapshot(id, $"key-{id}", 1), 0, [StoredCase.Submitted(id, $"key-{id}")]), "stored");

    /// <summary>
    /// Holds writes, starts one append and waits until the committer has taken it as a batch of its own: what is appended before
    /// the returned hold is let go queues behind it and forms the next batch.
    /// </summary>
    private async Task<IAsyncDisposable> HeldBatchAsync(ICaseStore? store = null)
    {
        store ??= Store;
        var held = await HeldWrites.TakeAsync(Subject);
        var first = Guid.NewGuid();
        var before = Committer(store).Batches;
        var append = AppendNew(first, store);
        await Eventually.TrueAsync(() => Committer(store).Batches == before + 1, "the committer takes the first append");
        return new HeldBatch(held, append);
    }

    /// <summary>Lets the held writes go and checks that the first append was stored.</summary>
    private sealed class HeldBatch(HeldWrites held, Task<string?> first) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await held.DisposeAsync();
            Assert.That(await first, Is.EqualTo("stored"), "the held append");
        }
    }
}
