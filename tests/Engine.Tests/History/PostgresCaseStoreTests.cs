using CaseFlow.Engine.History;
using Npgsql;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// What only the PostgreSQL store has: numbered migrations applied once (also when instances start together), a clear refusal of a
/// server it cannot reach or a schema newer than it knows, and recovery when the server drops its connections.
/// </summary>
public class PostgresCaseStoreTests
{
    private string _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await PostgresTestServer.CreateDatabaseAsync();

    [TearDown]
    public async Task DropDatabase()
    {
        // Null when the set-up failed (no PostgreSQL server, say): its own message is the one to read.
        if (_database is { } database)
        {
            _database = null!;
            await PostgresTestServer.DropDatabaseAsync(database);
        }
    }

    [Test]
    public async Task InitialiseAsync_SeveralInstancesAtOnceOnAnEmptyDatabase_MigrateItOnce()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => new PostgresCaseStore(_database)).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitialiseAsync())));
        await stores[0].InitialiseAsync();

        Assert.That(await AppliedMigrationsAsync(), Is.EqualTo(Enumerable.Range(1, PostgresCaseStore.SchemaVersion)));
        var caseId = Guid.NewGuid();
        await stores[1].AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);
        Assert.That(await stores[2].ReadAsync(caseId), Has.Count.EqualTo(1));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Test]
    public async Task InitialiseAsync_SchemaNewerThanThisBuild_RefusesNamingBothVersions()
    {
        await using var store = new PostgresCaseStore(_database);
        await store.InitialiseAsync();
        await ExecuteAsync($"INSERT INTO schema_version (version, description) VALUES ({PostgresCaseStore.SchemaVersion + 1}, 'from the future')");

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => store.InitialiseAsync());

        Assert.That(error!.Message, Does.Contain($"schema version {PostgresCaseStore.SchemaVersion + 1}").And.Contain($"({PostgresCaseStore.SchemaVersion})"));
    }

    [Test]
    public async Task InitialiseAsync_OnADatabaseWrittenByAnEarlierEngine_RecognisesItsMigrationsAndReadsEveryCase()
    {
        // Fixtures/replay-main.postgres.sql: pg_dump of a database that the PostgreSQL store of main (before the stores shared a base)
        // migrated to version 7 and filled with the cases of replay-main.db, each with its timers, an inbox mark and an outbox message.
        await ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "replay-main.postgres.sql")));
        var recordedBefore = await RecordedMigrationsAsync();
        var eventsBefore = await CountAsync("events");
        var timersBefore = await CountAsync("timers");
        var outboxBefore = await CountAsync("outbox");

        await using var store = new PostgresCaseStore(_database);
        await store.InitialiseAsync();
        var histories = await StoredHistories.ReadAsync(store);
        var recordedAfter = await RecordedMigrationsAsync();
        using var copy = new TemporaryDatabase();
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "replay-main.db"), copy.Path);
        var original = SqliteCaseStore.ForFile(copy.Path);
        await original.InitialiseAsync();
        var originalHistories = await StoredHistories.ReadAsync(original);
        var caseId = histories.Keys.First();
        var timers = await store.ReadTimersAsync(caseId);

        Assert.Multiple(async () =>
        {
            Assert.That(recordedBefore.Select(m => m.Version), Is.EqualTo(Enumerable.Range(1, 7)), "the fixture is at today's migration number");
            Assert.That(recordedAfter.Take(7), Is.EqualTo(recordedBefore), "recognised: the migrations it had are neither re-applied nor re-dated");
            Assert.That(recordedAfter.Select(m => m.Version), Is.EqualTo(Enumerable.Range(1, PostgresCaseStore.SchemaVersion)));
            Assert.That(histories.Values.Sum(h => h.Count), Is.EqualTo(eventsBefore).And.GreaterThan(0));
            Assert.That(StoredHistories.Broken(histories), Is.Empty, "every event reads back as it was hashed");
            Assert.That(
                histories.ToDictionary(h => h.Key, h => h.Value.Select(e => e.Hash).ToList()),
                Is.EqualTo(originalHistories.ToDictionary(h => h.Key, h => h.Value.Select(e => e.Hash).ToList())),
                "the same histories as the SQLite file they were copied from");
            Assert.That(timers, Is.EqualTo(await original.ReadTimersAsync(caseId)));
            Assert.That((await store.ReadDueTimersAsync(DateTimeOffset.MaxValue, 10_000)).Count, Is.EqualTo(timersBefore));
            Assert.That(await store.CountUnsentOutboxAsync(), Is.EqualTo(outboxBefore));
            Assert.That((await store.ReadSnapshotAsync(caseId))!.Version, Is.EqualTo(histories[caseId].Count));
        });

        var snapshot = (await store.ReadSnapshotAsync(caseId))!;
        var next = StoredCase.Busy(caseId, snapshot.Version + 1);
        await store.AppendAsync(snapshot with { Version = snapshot.Version + 1 }, snapshot.Version, [next]);
        Assert.That(await store.ReadAsync(caseId), Has.Count.EqualTo(histories[caseId].Count + 1), "and it takes new events");
    }

    [Test]
    public async Task InitialiseAsync_NoServerListening_SaysWhereItLooked()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(_database) { Port = 1, Timeout = 5 }.ConnectionString;
        await using var store = new PostgresCaseStore(nowhere);

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => store.InitialiseAsync());

        Assert.That(error!.Message, Does.Contain("PostgreSQL").And.Contain(":1 ").And.Contain("server is running"));
    }

    [Test]
    public async Task AnyCall_AfterTheServerDroppedEveryConnection_WorksAgain()
    {
        await using var store = new PostgresCaseStore(_database);
        await store.InitialiseAsync();
        var caseId = Guid.NewGuid();
        await store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.ReadAsync(caseId)));

        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{new NpgsqlConnectionStringBuilder(_database).Database}' AND pid <> pg_backend_pid()");
        var failures = 0;
        for (var call = 0; call < 10; call++)
        {
            try
            {
                await store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 1, [StoredCase.Busy(caseId, 2)]);
                break;
            }
            catch (NpgsqlException e)
            {
                TestContext.Out.WriteLine($"call {call}: {e.GetType().Name}: {e.Message}");
                failures++;
            }
        }

        Assert.That(failures, Is.LessThanOrEqualTo(1), "at most the call that found its connection dropped fails");
        Assert.That(await store.ReadAsync(caseId), Has.Count.EqualTo(2));
    }

    private async Task<IEnumerable<int>> AppliedMigrationsAsync()
    {
        await using var source = NpgsqlDataSource.Create(_database);
        await using var command = source.CreateCommand("SELECT version FROM schema_version ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private async Task<List<(int Version, DateTime AppliedAt)>> RecordedMigrationsAsync()
    {
        await using var source = NpgsqlDataSource.Create(_database);
        await using var command = source.CreateCommand("SELECT version, applied_at FROM schema_version ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var recorded = new List<(int, DateTime)>();
        while (await reader.ReadAsync())
        {
            recorded.Add((reader.GetInt32(0), reader.GetDateTime(1)));
        }

        return recorded;
    }

    private async Task<long> CountAsync(string table)
    {
        await using var source = NpgsqlDataSource.Create(_database);
        await using var command = source.CreateCommand($"SELECT COUNT(*) FROM {table}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var source = NpgsqlDataSource.Create(_database);
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
