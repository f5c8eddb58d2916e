using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// The transactional outbox, on each kind of store: messages stored with (and only with) the append that caused them, claimed in
/// outbox order under a lease, never claimed again once sent, and handed to one of several concurrent claimers only.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreOutboxContractTests(string kind) : CaseStoreFixture(kind)
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Test]
    public async Task AppendAsync_WithOutbox_StoresTheMessagesUnsentWithEveryField()
    {
        var caseId = Guid.NewGuid();
        var messages = new[] { Message(caseId, "CaseStateChanged"), Message(caseId, "CaseDispatched") };

        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], outbox: messages);
        var claimed = await Store.ClaimOutboxAsync("relay-a", Now, Lease, 10);

        Assert.Multiple(async () =>
        {
            Assert.That(await Store.CountUnsentOutboxAsync(), Is.EqualTo(2));
            Assert.That(claimed.Select(m => m.Entry), Is.EqualTo(messages.Select(m => m with { AvailableAt = Now + Lease })), "every field, available again when the lease ends");
            Assert.That(claimed.Select(m => m.Attempts), Is.All.EqualTo(0));
            Assert.That(claimed[0].Position, Is.LessThan(claimed[1].Position), "stored in the order given");
        });
    }

    [Test]
    public async Task AppendAsync_ConflictingAppend_StoresNoneOfItsMessages()
    {
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], outbox: [Message(caseId, "CaseStateChanged")]);
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 1, [StoredCase.Busy(caseId, 2, "first-writer")], outbox: [Message(caseId, "CaseAssigned")]);

        Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 1, [StoredCase.Busy(caseId, 2, "second-writer")], outbox: [Message(caseId, "Lost")]));

        var claimed = await Store.ClaimOutboxAsync("relay-a", Now, Lease, 10);
        Assert.That(claimed.Select(m => m.Entry.MessageType), Is.EqualTo(new[] { "CaseStateChanged", "CaseAssigned" }));
    }

    [Test]
    public async Task ClaimOutboxAsync_SeveralCases_ClaimsInOutboxOrderUpToTheLimit()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await Store.AppendAsync(StoredCase.Snapshot(first, "key-1", 1), 0, [StoredCase.Submitted(first, "key-1")], outbox: [Message(first, "m1"), Message(first, "m2")]);
        await Store.AppendAsync(StoredCase.Snapshot(second, "key-2", 1), 0, [StoredCase.Submitted(second, "key-2")], outbox: [Message(second, "m3")]);
        await Store.AppendAsync(StoredCase.Snapshot(first, "key-1", 2), 1, [StoredCase.Busy(first, 2)], outbox: [Message(first, "m4")]);

        var batch1 = await Store.ClaimOutboxAsync("relay-a", Now, Lease, 3);
        var batch2 = await Store.ClaimOutboxAsync("relay-a", Now, Lease, 3);

        Assert.That(batch1.Select(m => m.Entry.MessageType), Is.EqualTo(new[] { "m1", "m2", "m3" }));
        Assert.That(batch2.Select(m => m.Entry.MessageType), Is.EqualTo(new[] { "m4" }));
    }

    [Test]
    public async Task ClaimOutboxAsync_MessageNotYetAvailable_IsLeftToItsAppender()
    {
        var caseId = Guid.NewGuid();
        var later = Message(caseId, "m1") with { AvailableAt = Now.AddSeconds(10) };
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], outbox: [later]);

        var early = await Store.ClaimOutboxAsync("relay-a", Now.AddSeconds(10).AddTicks(-1), Lease, 10);
        var onTime = await Store.ClaimOutboxAsync("relay-a", Now.AddSeconds(10), Lease, 10);

        Assert.That(early, Is.Empty);
        Assert.That(onTime.Select(m => m.Entry.MessageId), Is.EqualTo(new[] { later.MessageId }));
    }

    [Test]
    public async Task ClaimOutboxAsync_ClaimedMessage_IsNotReclaimedUntilItsLeaseEnds_ThenCountsTheAttempt()
    {
        var caseId = Guid.NewGuid();
        var message = Message(caseId, "m1");
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], outbox: [message]);
        await Store.ClaimOutboxAsync("relay-a", Now, Lease, 10);

        var duringLease = await Store.ClaimOutboxAsync("relay-b", Now + Lease - TimeSpan.FromTicks(1), Lease, 10);
        var afterLease = await Store.ClaimOutboxAsync("relay-b", Now + Lease, Lease, 10);
        var third = await Store.ClaimOutboxAsync("relay-c", Now + Lease + Lease, Lease, 10);

        Assert.Multiple(() =>
        {
            Assert.That(duringLease, Is.Empty);
            Assert.That(afterLease.Select(m => (m.Entry.MessageId, m.Attempts)), Is.EqualTo(new[] { (message.MessageId, 1) }));
            Assert.That(third.Select(m => m.Attempts), Is.EqualTo(new[] { 2 }));
        });
    }

    [Test]
    public async Task MarkOutboxSentAsync_SentMessages_AreNeverClaimedAgainNorCounted()
    {
        var caseId = Guid.NewGuid();
        var (sent, unsent) = (Message(caseId, "m1"), Message(caseId, "m2"));
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], outbox: [sent, unsent]);
        await Store.ClaimOutboxAsync("relay-a", Now, Lease, 10);

        await Store.MarkOutboxSentAsync([sent.MessageId, Guid.NewGuid()], Now.AddSeconds(1));
        await Store.MarkOutboxSentAsync([], Now.AddSeconds(1));
        var later = await Store.ClaimOutboxAsync("relay-b", Now.AddDays(1), Lease, 10);

        Assert.Multiple(async () =>
        {
            Assert.That(await Store.CountUnsentOutboxAsync(), Is.EqualTo(1));
            Assert.That(later.Select(m => m.Entry.MessageId), Is.EqualTo(new[] { unsent.MessageId }));
        });
    }

    [Test]
    public async Task ClaimOutboxAsync_SeveralClaimersAtOnce_ClaimEachMessageOnce()
    {
        const int messages = 240;
        for (var c = 0; c < messages / 4; c++)
        {
            var caseId = Guid.NewGuid();
            await Store.AppendAsync(StoredCase.Snapshot(caseId, $"key-{c}", 1), 0, [StoredCase.Submitted(caseId, $"key-{c}")],
                outbox: Enumerable.Range(0, 4).Select(i => Message(caseId, $"m{i}")).ToList());
        }

        // Each claimer is its own store object (its own connections), as relays on several instances would be.
        var claimers = Enumerable.Range(0, 6).Select(i => (Owner: $"relay-{i}", Store: Subject.Reopen())).ToList();
        var claims = await Task.WhenAll(claimers.Select(claimer => Task.Run(async () =>
        {
            var mine = new List<Guid>();
            for (var empty = 0; empty < 3;)
            {
                var batch = await claimer.Store.ClaimOutboxAsync(claimer.Owner, Now, TimeSpan.FromHours(1), 7);
                mine.AddRange(batch.Select(m => m.Entry.MessageId));
                empty = batch.Count == 0 ? empty + 1 : 0;
            }

            return mine;
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(all, Is.Unique, "no message was claimed twice");
            Assert.That(all, Has.Count.EqualTo(messages), "every message was claimed");
            Assert.That(await Store.ClaimOutboxAsync("late", Now, Lease, 10), Is.Empty);
        });
    }

    private static OutboxEntry Message(Guid caseId, string type) =>
        new(Guid.NewGuid(), caseId, type, $$"""{"caseId":"{{caseId}}","type":"{{type}}","note":"已拆除"}""", Now);
}
