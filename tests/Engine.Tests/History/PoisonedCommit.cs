using System.Data.Common;
using CaseFlow.Engine.History;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Makes a real commit fail: a trigger on <c>events</c> answers an event by the actor <see cref="Actor"/> with a row that breaks a
/// deferred foreign key, which the database checks only when the transaction commits. Every statement of the append succeeds, so
/// the commit is the first thing to fail.
/// </summary>
internal static class PoisonedCommit
{
    /// <summary>The actor whose events make their transaction's commit fail.</summary>
    public const string Actor = "poison";

    private const string Tables = """
        CREATE TABLE poison_parent (id TEXT PRIMARY KEY);
        CREATE TABLE poison_child (ref TEXT REFERENCES poison_parent (id) DEFERRABLE INITIALLY DEFERRED);
        """;

    private const string SqliteTrigger = $"""
        CREATE TRIGGER poison AFTER INSERT ON events WHEN NEW.actor = '{Actor}'
        BEGIN INSERT INTO poison_child VALUES ('no such parent'); END;
        """;

    private const string PostgresTrigger = $"""
        CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO poison_child VALUES ('no such parent'); RETURN NEW; END $$;
        CREATE TRIGGER poison AFTER INSERT ON events FOR EACH ROW WHEN (NEW.actor = '{Actor}') EXECUTE FUNCTION poison();
        """;

    /// <summary>Installs the poison in the database under test and returns a store on it that enforces foreign keys (SQLite enforces them only when asked).</summary>
    public static async Task<ICaseStore> InstallAsync(StoreUnderTest subject)
    {
        var sqlite = subject.Kind == StoreUnderTest.Sqlite;
        DbConnection connection = sqlite ? new SqliteConnection($"Data Source={subject.SqliteFile};Pooling=False") : new NpgsqlConnection(subject.PostgresConnectionString);
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = Tables + (sqlite ? SqliteTrigger : PostgresTrigger);
            await command.ExecuteNonQueryAsync();
        }

        return sqlite
            ? new SqliteCaseStore(new SqliteConnectionStringBuilder { DataSource = subject.SqliteFile, ForeignKeys = true, DefaultTimeout = 30 }.ToString())
            : subject.Store;
    }
}
