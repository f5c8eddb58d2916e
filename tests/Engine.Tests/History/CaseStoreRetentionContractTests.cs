using CaseFlow.Engine.History;
using CaseFlow.Engine.Retention;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Retention, on each kind of store: sent outbox messages and inbox entries older than their periods are pruned, in batches and once
/// however many instances prune; younger ones and unsent messages stay; an inbox entry made before entries were dated is kept a full
/// period from the migration that dated it.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreRetentionContractTests(string kind) : CaseStoreFixture(kind)
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Test]
    public async Task PruneSentOutboxAsync_RemovesOnlySentMessagesOlderThanTheCutOff()
    {
        var caseId = Guid.NewGuid();
        var (old, young, unsent) = (Message(caseId, "old"), Message(caseId, "young"), Message(caseId, "unsent"));
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], outbox: [old, young, unsent]);
        await Store.MarkOutboxSentAsync([old.MessageId], Now);
        await Store.MarkOutboxSentAsync([young.MessageId], Now.AddDays(2));

        var first = await Store.PruneSentOutboxAsync(Now.AddDays(1), 100);
        var again = await Store.PruneSentOutboxAsync(Now.AddDays(1), 100);
        var stillThere = await Store.ClaimOutboxAsync("relay-a", Now.AddYears(10), Lease, 10);
        var later = await Store.PruneSentOutboxAsync(Now.AddYears(10), 100);

        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.EqualTo(1), "the message sent before the cut-off");
            Assert.That(again, Is.Zero, "nothing left to prune before the cut-off");
            Assert.That(later, Is.EqualTo(1), "the younger sent message was kept until its own cut-off");
            Assert.That(stillThere.Select(m => m.Entry.MessageId), Is.EqualTo(new[] { unsent.MessageId }), "the unsent message is never pruned");
            Assert.That(await Store.CountUnsentOutboxAsync(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task PruneSentOutboxAsync_SentAtTheCutOff_IsKept()
    {
        var caseId = Guid.NewGuid();
        var message = Message(caseId, "m1");
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], outbox: [message]);
        await Store.MarkOutboxSentAsync([message.MessageId], Now);

        Assert.That(await Store.PruneSentOutboxAsync(Now, 100), Is.Zero);
        Assert.That(await Store.PruneSentOutboxAsync(Now.AddTicks(1), 100), Is.EqualTo(1));
    }

    [Test]
    public async Task PruneAsync_SentOutboxPeriod_RemovesMessagesOnlyOnceThePeriodHasPassed()
    {
        var time = new FakeTimeProvider(Now);
        var caseId = Guid.NewGuid();
        var messages = Enumerable.Range(0, 5).Select(i => Message(caseId, $"m{i}")).ToList();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], outbox: messages);
        await Store.MarkOutboxSentAsync(messages.Select(m => m.MessageId).ToList(), Now);
        var pruner = Pruner(time, sentOutbox: TimeSpan.FromDays(7), inbox: TimeSpan.FromDays(30), batch: 2);

        time.Advance(TimeSpan.FromDays(7));
        var atThePeriod = await pruner.PruneAsync();
        time.Advance(TimeSpan.FromTicks(1));
        var justAfter = await pruner.PruneAsync();

        Assert.That(atThePeriod, Is.EqualTo(new PruneCounts(0, 0)));
        Assert.That(justAfter, Is.EqualTo(new PruneCounts(5, 0)), "every one, in batches of two");
    }

    [Test]
    public async Task PruneAsync_InboxPeriod_ForgetsAMessageOnlyOnceThePeriodHasPassed()
    {
        var caseId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var snapshot = StoredCase.Snapshot(caseId, "key-1", 1);
        await Store.AppendAsync(snapshot, 0, [StoredCase.Submitted(caseId, "key-1")], messageId: messageId);
        var time = new FakeTimeProvider(snapshot.UpdatedAt);
        var pruner = Pruner(time, sentOutbox: TimeSpan.FromDays(7), inbox: TimeSpan.FromDays(30), batch: 10);

        time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        var withinThePeriod = await pruner.PruneAsync();
        var knownWithin = await Store.HasProcessedAsync(messageId);
        time.Advance(TimeSpan.FromSeconds(2));
        var afterThePeriod = await pruner.PruneAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(withinThePeriod.Inbox, Is.Zero);
            Assert.That(knownWithin, Is.True, "a redelivery within the period is still recognised");
            Assert.That(afterThePeriod.Inbox, Is.EqualTo(1));
            Assert.That(await Store.HasProcessedAsync(messageId), Is.False);
        });
    }

    [Test]
    public async Task PruneInboxAsync_EntriesOfSeveralAppends_RemovesOnlyThoseRecordedBeforeTheCutOff()
    {
        var caseId = Guid.NewGuid();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var one = StoredCase.Snapshot(caseId, "key-1", 1);
        var two = StoredCase.Snapshot(caseId, "key-1", 2);
        await Store.AppendAsync(one, 0, [StoredCase.Submitted(caseId, "key-1")], messageId: first);
        await Store.AppendAsync(two, 1, [StoredCase.Busy(caseId, 2)], messageId: second);

        var removed = await Store.PruneInboxAsync(two.UpdatedAt, 100);

        Assert.Multiple(async () =>
        {
            Assert.That(removed, Is.EqualTo(1));
            Assert.That(await Store.HasProcessedAsync(first), Is.False);
            Assert.That(await Store.HasProcessedAsync(second), Is.True);
        });
    }

    [Test]
    public async Task PruneSentOutboxAsync_SeveralPrunersAtOnce_RemoveEachMessageOnce()
    {
        const int messages = 200;
        for (var c = 0; c < messages / 4; c++)
        {
            var caseId = Guid.NewGuid();
            var batch = Enumerable.Range(0, 4).Select(i => Message(caseId, $"m{i}")).ToList();
            await Store.AppendAsync(StoredCase.Snapshot(caseId, $"key-{c}", 1), 0, [StoredCase.Submitted(caseId, $"key-{c}")], outbox: batch);
            await Store.MarkOutboxSentAsync(batch.Select(m => m.MessageId).ToList(), Now);
        }

        // Each pruner is its own store object (its own connections), as on several instances.
        var pruners = Enumerable.Range(0, 4).Select(_ => Subject.Reopen()).ToList();
        var removed = await Task.WhenAll(pruners.Select(store => Task.Run(async () =>
        {
            var mine = 0;
            for (int n; (n = await store.PruneSentOutboxAsync(Now.AddDays(1), 7)) > 0;)
            {
                mine += n;
            }

            return mine;
        })));

        Assert.Multiple(async () =>
        {
            Assert.That(removed.Sum(), Is.EqualTo(messages), "every sent message removed, none counted twice");
            Assert.That(await Store.PruneSentOutboxAsync(Now.AddDays(1), 1000), Is.Zero);
        });
    }

    [Test]
    public async Task InitialiseAsync_InboxEntryFromBeforeEntriesWereDated_IsKeptAFullPeriodFromTheMigration()
    {
        var caseId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], messageId: messageId);
        await UndateTheInboxAsync(messageId);

        var before = DateTimeOffset.UtcNow;
        var reopened = Subject.Reopen();
        await reopened.InitialiseAsync();
        var after = DateTimeOffset.UtcNow;

        Assert.Multiple(async () =>
        {
            Assert.That(await reopened.PruneInboxAsync(before.AddSeconds(-1), 100), Is.Zero, "dated at the migration, not before it");
            Assert.That(await reopened.HasProcessedAsync(messageId), Is.True);
            Assert.That(await reopened.PruneInboxAsync(after.AddSeconds(1), 100), Is.EqualTo(1));
        });
    }

    /// <summary>Takes the inbox back to its shape before entries were dated (SQLite: a file of that age, from before numbered migrations; PostgreSQL: schema version 3), keeping its entry.</summary>
    private async Task UndateTheInboxAsync(Guid messageId)
    {
        if (Kind == StoreUnderTest.Sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={Subject.SqliteFile};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                DROP INDEX inbox_by_time;
                CREATE TABLE old_inbox (message_id TEXT PRIMARY KEY, case_id TEXT NOT NULL);
                INSERT INTO old_inbox SELECT message_id, case_id FROM inbox;
                DROP TABLE inbox;
                ALTER TABLE old_inbox RENAME TO inbox;
                DROP TABLE schema_version;
                """;
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var source = NpgsqlDataSource.Create(Subject.PostgresConnectionString);
            await using var command = source.CreateCommand("""
                DROP INDEX inbox_by_time; DROP INDEX outbox_sent; DROP INDEX cases_by_update_and_id;
                ALTER TABLE inbox DROP COLUMN processed_at;
                DROP TABLE case_keys;
                DROP INDEX cases_by_submission; DROP INDEX cases_by_overdue;
                ALTER TABLE cases DROP COLUMN submitted_at, DROP COLUMN overdue_from;
                DROP TABLE calendars;
                DROP TABLE case_assessment;
                DROP TABLE attachments; DROP TABLE attachment_uploads;
                DROP TABLE case_numbers; DROP INDEX cases_by_number;
                DELETE FROM schema_version WHERE version >= 4;
                """);
            await command.ExecuteNonQueryAsync();
        }

        Assert.That(await Subject.Reopen().HasProcessedAsync(messageId), Is.True, "the entry survives the change of shape");
    }

    private StorePruner Pruner(TimeProvider time, TimeSpan sentOutbox, TimeSpan inbox, int batch) =>
        new(Store, time, Options.Create(new RetentionOptions { SentOutbox = sentOutbox, Inbox = inbox, Batch = batch }));

    private static OutboxEntry Message(Guid caseId, string type) =>
        new(Guid.NewGuid(), caseId, type, $$"""{"caseId":"{{caseId}}","type":"{{type}}"}""", Now);
}
