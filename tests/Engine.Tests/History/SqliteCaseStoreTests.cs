using CaseFlow.Engine.History;
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
    public void ForFile_AnUndefinedSynchronousSetting_IsRefusedNamingTheAllowedOnes()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SqliteCaseStore.ForFile(_file.Path, (SqliteSynchronous)3));

        Assert.That(error!.Message, Does.Contain("Full or Normal"));
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
