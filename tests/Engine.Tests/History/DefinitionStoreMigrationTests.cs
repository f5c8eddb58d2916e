using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.Tests.History;

/// <summary>A SQLite file made before definitions were administered keeps its versions and gains what administration needs.</summary>
public class DefinitionStoreMigrationTests
{
    [Test]
    public async Task InitialiseAsync_OnAFileWithTheOldDefinitionsTable_KeepsItsVersionsAndNumbersOnFromThem()
    {
        using var database = new TemporaryDatabase();
        await using (var connection = new SqliteConnection($"Data Source={database.Path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE definitions (version INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, content TEXT NOT NULL);
                INSERT INTO definitions VALUES (1, 'old-hash', 'old content');
                """;
            await command.ExecuteNonQueryAsync();
        }

        var store = SqliteCaseStore.ForFile(database.Path);
        await store.InitialiseAsync();
        var before = await store.ListDefinitionsAsync();
        var current = await store.ReadCurrentDefinitionAsync();
        var published = await store.PublishDefinitionAsync(new DefinitionDraft(
            "wuxi-township", "new-hash", "new content", new PublicationOrigin(PublicationOrigin.AdminApi, "admin-wang"), DateTimeOffset.UnixEpoch));

        Assert.Multiple(async () =>
        {
            Assert.That(before, Is.EqualTo(new[] { new DefinitionVersionInfo(1, "", "old-hash", null, "", "") }));
            Assert.That(current, Is.Null, "nothing was marked current before");
            Assert.That(await store.ReadDefinitionAsync(1), Is.EqualTo("old content"));
            Assert.That((published.Version.Number, published.Created, published.BecameCurrent), Is.EqualTo((2, true, true)));
            Assert.That(await store.ReadCurrentDefinitionAsync(), Is.EqualTo(2));
        });
    }
}
