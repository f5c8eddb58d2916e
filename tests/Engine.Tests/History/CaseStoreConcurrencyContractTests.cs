using System.Collections.Concurrent;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Several writers on one store, on each kind: of writers at the same version exactly one wins, retried writers lose no event, a
/// client key makes one case, the inbox is written with the append, and what was stored reads back hash for hash.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreConcurrencyContractTests(string kind) : CaseStoreFixture(kind)
{
    [Test]
    public async Task AppendAsync_ManyWritersAtTheSameVersion_ExactlyOneWins()
    {
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);
        var writers = Enumerable.Range(0, 8).Select(i => (Actor: $"writer-{i}", Store: Subject.Reopen())).ToList();

        var outcomes = await Task.WhenAll(writers.Select(w => Task.Run(async () =>
        {
            try
            {
                await w.Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2, state: w.Actor), 1, [StoredCase.Busy(caseId, 2, w.Actor)]);
                return w.Actor;
            }
            catch (ConcurrencyConflictException)
            {
                return null;
            }
        })));

        var winners = outcomes.OfType<string>().ToList();
        var history = await Store.ReadAsync(caseId);
        Assert.Multiple(async () =>
        {
            Assert.That(winners, Has.Count.EqualTo(1));
            Assert.That(history.Select(e => e.Actor), Is.EqualTo(new[] { "service-hotline", winners.Single() }));
            Assert.That((await Store.ReadSnapshotAsync(caseId))!.State, Is.EqualTo(winners.Single()), "the winner's snapshot");
        });
    }

    [Test]
    public async Task AppendAsync_ManyWritersRetryingOnConflict_LoseNoEvent()
    {
        const int writers = 6;
        const int eventsEach = 5;
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var store = Subject.Reopen();
            for (var n = 0; n < eventsEach; n++)
            {
                while (true)
                {
                    var version = (await store.ReadAsync(caseId)).Count;
                    try
                    {
                        await store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", version + 1), version, [StoredCase.Busy(caseId, version + 1, $"writer-{w}-{n}")]);
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })));

        var history = await Store.ReadAsync(caseId);
        var expectedActors = Enumerable.Range(0, writers).SelectMany(w => Enumerable.Range(0, eventsEach).Select(n => $"writer-{w}-{n}"));
        Assert.Multiple(async () =>
        {
            Assert.That(history.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, 1 + (writers * eventsEach)).Select(i => (long)i)));
            Assert.That(history.Skip(1).Select(e => e.Actor), Is.EquivalentTo(expectedActors), "every writer's every event, once");
            Assert.That((await Store.ReadSnapshotAsync(caseId))!.Version, Is.EqualTo(1 + (writers * eventsEach)));
        });
        TestContext.Out.WriteLine($"{Kind}: {conflicts} conflicts retried");
    }

    [Test]
    public async Task AppendAsync_ManyNewCasesWithOneClientKeyAtOnce_MakeOneCase()
    {
        var attempts = Enumerable.Range(0, 8).Select(_ => (Id: Guid.NewGuid(), Store: Subject.Reopen())).ToList();
        var refused = new ConcurrentBag<Exception>();

        var created = await Task.WhenAll(attempts.Select(a => Task.Run(async () =>
        {
            try
            {
                await a.Store.AppendAsync(StoredCase.Snapshot(a.Id, "hotline-0303-17", 1), 0, [StoredCase.Submitted(a.Id, "hotline-0303-17")]);
                return a.Id;
            }
            catch (DuplicateClientKeyException e)
            {
                refused.Add(e);
                return (Guid?)null;
            }
        })));

        var winner = created.OfType<Guid>().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(refused, Has.Count.EqualTo(attempts.Count - 1));
            Assert.That(await Store.FindByClientKeyAsync("hotline-0303-17"), Is.EqualTo(winner));
            Assert.That(await Store.ListAsync(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task AppendAsync_WithMessageId_RecordsItAsProcessed()
    {
        var caseId = Guid.NewGuid();
        var messageId = Guid.NewGuid();

        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], messageId);

        Assert.That(await Store.HasProcessedAsync(messageId), Is.True);
        Assert.That(await Store.HasProcessedAsync(Guid.NewGuid()), Is.False);
    }

    [Test]
    public async Task AppendAsync_MessageIdAlreadyProcessed_ConflictsAndStoresNothing()
    {
        var caseId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], messageId);

        Assert.That(
            () => Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 1, [StoredCase.Busy(caseId, 2)], messageId, outbox: [new OutboxEntry(Guid.NewGuid(), caseId, "m", "{}", DateTimeOffset.UnixEpoch)]),
            Throws.TypeOf<ConcurrencyConflictException>(), "another writer applied the message first: the caller reloads and finds it processed");

        Assert.Multiple(async () =>
        {
            Assert.That(await Store.ReadAsync(caseId), Has.Count.EqualTo(1));
            Assert.That((await Store.ReadSnapshotAsync(caseId))!.Version, Is.EqualTo(1));
            Assert.That(await Store.CountUnsentOutboxAsync(), Is.Zero);
        });
    }

    [Test]
    public async Task ReadAllAsync_SealedHistoriesOfSeveralCases_VerifyIntact()
    {
        foreach (var caseId in new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() })
        {
            // Times to the tick, with an offset: the hash covers every tick, so a store that rounded them would break the chain.
            var events = EventChain.Seal([StoredCase.Submitted(caseId, $"key-{caseId}"), StoredCase.Busy(caseId, 2) with { At = StoredCase.Busy(caseId, 2).At.AddTicks(1) }], null);
            await Store.AppendAsync(StoredCase.Snapshot(caseId, $"key-{caseId}", 1) with { LastHash = events[0].Hash }, 0, [events[0]]);
            await Store.AppendAsync(StoredCase.Snapshot(caseId, $"key-{caseId}", 2) with { LastHash = events[1].Hash }, 1, [events[1]]);
        }

        var streamed = new List<Guid>();
        await foreach (var e in Store.ReadAllAsync())
        {
            streamed.Add(e.CaseId);
        }

        var report = await ChainVerifier.VerifyAsync(Store);
        Assert.Multiple(() =>
        {
            Assert.That(report.IsIntact, Is.True, string.Join("; ", report.Broken));
            Assert.That((report.Cases, report.Events), Is.EqualTo((3, 6L)));
            Assert.That(streamed.Zip(streamed.Skip(1)).Count(pair => pair.First != pair.Second), Is.EqualTo(2), "case by case, each case's events together");
        });
    }

    [Test]
    public async Task PublishDefinitionAsync_SeveralInstancesAtOnce_NumberEveryContentOnce()
    {
        var drafts = Enumerable.Range(0, 8)
            .Select(i => new DefinitionDraft("set", $"hash-{i % 4}", $"content {i % 4}", new PublicationOrigin($"/instance-{i}/workflows.json", "caseflow"), DateTimeOffset.UnixEpoch.AddHours(i)))
            .ToList();

        var publications = await Task.WhenAll(drafts.Select(d => Task.Run(() => ((IDefinitionStore)Subject.Reopen()).PublishDefinitionAsync(d))));

        var versions = await Subject.Definitions.ListDefinitionsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(versions.Select(v => v.Number), Is.EqualTo(new[] { 1, 2, 3, 4 }), "four contents, numbered without gaps or clashes");
            Assert.That(versions.Select(v => v.ContentHash), Is.Unique);
            Assert.That(publications.Count(p => p.Created), Is.EqualTo(4));
            Assert.That(publications.Select(p => (p.Version.ContentHash, p.Version.Number)).Distinct().Count(), Is.EqualTo(4), "one number per content, whoever published it");
        });
    }
}
