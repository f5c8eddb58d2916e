using CaseFlow.Engine.History;
using CaseFlow.Engine.History.Relational;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// What only the SQLite store has: a file from before numbered migrations (no <c>schema_version</c> table) is recognised and carried
/// through them once, keeping every row; migrations apply once however often and however many instances open the file; a file
/// newer than this build is refused; and every connection commits durably (synchronous FULL) unless the store is told otherwise.
/// </summary>
public class SqliteCaseStoreTests
{
    private TemporaryDatabase _file = null!;

    [SetUp]
    public void CreateFile() => _file = new TemporaryDatabase();

    [TearDown]
    public void DeleteFile() => _file.Dispose();

    [Test]
    public async Task InitialiseAsync_OnAFileWrittenBeforeNumberedMigrations_AppliesEachOnceAndKeepsEveryEvent()
    {
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "replay-main.db"), _file.Path);
        var tablesBefore = await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        var eventsBefore = await ScalarAsync("SELECT COUNT(*) FROM events");
        var casesBefore = await ScalarAsync("SELECT COUNT(*) FROM cases");

        var store = SqliteCaseStore.ForFile(_file.Path);
        await store.InitialiseAsync();
        await SqliteCaseStore.ForFile(_file.Path).InitialiseAsync();
        var histories = await StoredHistories.ReadAsync(store);

        Assert.Multiple(async () =>
        {
            Assert.That(tablesBefore, Is.Zero, "the fixture predates numbered migrations");
            Assert.That(await AppliedMigrationsAsync(), Is.EqualTo(Enumerable.Range(1, SqliteCaseStore.SchemaVersion)));
            Assert.That(histories.Values.Sum(h => h.Count), Is.EqualTo(eventsBefore).And.GreaterThan(0));
            Assert.That(histories.Keys, Has.Count.EqualTo(casesBefore));
            Assert.That(StoredHistories.Broken(histories), Is.Empty, "every event reads back as it was hashed");
        });
    }

    [Test]
    public async Task InitialiseAsync_SeveralInstancesAtOnceOnANewFile_MigrateItOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => SqliteCaseStore.ForFile(_file.Path)).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitialiseAsync())));
        await stores[0].InitialiseAsync();

        Assert.That(await AppliedMigrationsAsync(), Is.EqualTo(Enumerable.Range(1, SqliteCaseStore.SchemaVersion)));
        var caseId = Guid.NewGuid();
        await stores[1].AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);
        Assert.That(await stores[2].ReadAsync(caseId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task InitialiseAsync_SchemaNewerThanThisBuild_RefusesNamingBothVersionsAndTheFile()
    {
        var store = SqliteCaseStore.ForFile(_file.Path);
        await store.InitialiseAsync();
        await ScalarAsync($"INSERT INTO schema_version (version, description) VALUES ({SqliteCaseStore.SchemaVersion + 1}, 'from the future')");

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => store.InitialiseAsync());

        Assert.That(error!.Message, Does.Contain("SQLite").And.Contain(_file.Path)
            .And.Contain($"schema version {SqliteCaseStore.SchemaVersion + 1}").And.Contain($"({SqliteCaseStore.SchemaVersion})"));
    }

    [Test]
    public async Task ConnectionSynchronous_ByDefault_IsFull()
    {
        var store = SqliteCaseStore.ForFile(_file.Path);
        await store.InitialiseAsync();

        // SQLite's numbers for the setting: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
        Assert.That(await store.ConnectionSynchronousAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task ConnectionSynchronous_OpenedNormal_IsNormalOnEveryConnectionWhileAnotherIsOpen()
    {
        var store = SqliteCaseStore.ForFile(_file.Path, SqliteSynchronous.Normal);
        await store.InitialiseAsync();
        await using var other = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        await other.OpenAsync();

        var first = store.ConnectionSynchronousAsync();
        var second = store.ConnectionSynchronousAsync();

        Assert.That(new[] { await first, await second }, Is.EqualTo(new long[] { 1, 1 }));
    }

    [Test]
    public async Task AppendAsync_ManyCommits_AreCheckpointedBesideTheCommitter()
    {
        var store = SqliteCaseStore.ForFile(_file.Path);
        await store.InitialiseAsync();

        // One after another, so each append is a commit of its own.
        for (var i = 0; i < SqliteCaseStore.CommitsPerCheckpoint * 3; i++)
        {
            var id = Guid.NewGuid();
            await store.AppendAsync(StoredCase.Snapshot(id, $"key-{i}", 1), 0, [StoredCase.Submitted(id, $"key-{i}")]);
        }

        await Eventually.TrueAsync(() => store.Checkpoints >= 1, "a checkpoint run beside the committer");
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM events"), Is.EqualTo(SqliteCaseStore.CommitsPerCheckpoint * 3));
    }

    [Test]
    public async Task AppendAsync_UnderSustainedConcurrentLoad_KeepsTheLogBounded()
    {
        // A limit of 2 MB, so that the load below writes several times as much.
        var store = new SqliteCaseStore(SqliteCaseStore.FileConnectionString(_file.Path)) { WriterCheckpointPages = 500 };
        await store.InitialiseAsync();
        const int cases = 64;
        const int appendsEach = 40;
        var walPath = _file.Path + "-wal";
        long largestLog = 0;

        // Unchecked, the log would hold every page these commits write: several times the committer's own limit.
        await Task.WhenAll(Enumerable.Range(0, cases).Select(c => Task.Run(async () =>
        {
            var id = Guid.NewGuid();
            var events = EventChain.Seal([StoredCase.Submitted(id, $"key-{id}"), .. Enumerable.Range(2, appendsEach - 1).Select(v => StoredCase.Busy(id, v))], null);
            for (var version = 0; version < appendsEach; version++)
            {
                await store.AppendAsync(StoredCase.Snapshot(id, $"key-{id}", version + 1) with { LastHash = events[version].Hash }, version, [events[version]]);
                var size = File.Exists(walPath) ? new FileInfo(walPath).Length : 0;
                InterlockedMax(ref largestLog, size);
            }
        })));

        var written = await ScalarAsync("SELECT COUNT(*) FROM events");
        TestContext.Out.WriteLine($"{written} appends in {store.Committer.Commits} commits; {store.Checkpoints} checkpoints beside; largest log {largestLog / 1024} KB; {await ScalarAsync("PRAGMA page_count")} pages in the file");
        Assert.Multiple(() =>
        {
            Assert.That(written, Is.EqualTo(cases * appendsEach));
            Assert.That(store.Checkpoints, Is.Positive);

            // The committer's own limit, with room for the commit that passes it.
            Assert.That(largestLog, Is.LessThanOrEqualTo((store.WriterCheckpointPages + 300) * 4_120L));
        });
    }

    [Test]
    public void ForFile_AnUndefinedSynchronousSetting_IsRefusedNamingTheAllowedOnes()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SqliteCaseStore.ForFile(_file.Path, (SqliteSynchronous)3));

        Assert.That(error!.Message, Does.Contain("Full or Normal"));
    }

    private static void InterlockedMax(ref long largest, long value)
    {
        var seen = Interlocked.Read(ref largest);
        while (value > seen && Interlocked.CompareExchange(ref largest, value, seen) is var was && was != seen)
        {
            seen = was;
        }
    }

    private async Task<List<long>> AppliedMigrationsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<long>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
