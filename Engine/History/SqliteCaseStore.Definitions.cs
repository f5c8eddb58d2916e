using System.Globalization;
using CaseFlow.Engine.Definitions;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>
/// Definition versions in the same SQLite file as the cases: the <c>definitions</c> table (one row per content hash) gains the
/// workflow-set id, first publication time, source and publisher; <c>definition_publications</c> logs every publication, and the
/// latest one names the current version.
/// </summary>
public sealed partial class SqliteCaseStore : IDefinitionStore
{
    private const string PublicationSchema = """
        CREATE TABLE IF NOT EXISTS definition_publications (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            version INTEGER NOT NULL REFERENCES definitions (version),
            published_at TEXT NOT NULL,
            source TEXT NOT NULL,
            actor TEXT NOT NULL);
        """;

    private static readonly (string Name, string Declaration)[] AddedDefinitionColumns =
    [
        ("set_id", "TEXT NOT NULL DEFAULT ''"),
        ("published_at", "TEXT"),
        ("source", "TEXT NOT NULL DEFAULT ''"),
        ("published_by", "TEXT NOT NULL DEFAULT ''"),
    ];

    /// <inheritdoc />
    public async Task<DefinitionPublication> PublishDefinitionAsync(DefinitionDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var version = await ScalarAsync<long?>(connection, transaction, "SELECT version FROM definitions WHERE content_hash = $hash", cancellationToken, ("$hash", draft.ContentHash));
        var created = version is null;
        if (created)
        {
            version = await ScalarAsync<long?>(connection, transaction, """
                INSERT INTO definitions (version, content_hash, content, set_id, published_at, source, published_by)
                SELECT COALESCE(MAX(version), 0) + 1, $hash, $content, $set, $at, $source, $actor FROM definitions;
                SELECT version FROM definitions WHERE content_hash = $hash;
                """, cancellationToken,
                ("$hash", draft.ContentHash), ("$content", draft.Content), ("$set", draft.WorkflowSetId), ("$at", Text(draft.At)),
                ("$source", draft.Origin.Source), ("$actor", draft.Origin.Actor));
        }

        var current = await ScalarAsync<long?>(connection, transaction, "SELECT version FROM definition_publications ORDER BY seq DESC LIMIT 1", cancellationToken);
        var lastFromSource = await LastFromAsync(connection, transaction, draft.Origin.Source, cancellationToken);
        // A publication that changes nothing (the current content again, from where it last came) is not logged again.
        if (current != version || lastFromSource != draft.ContentHash)
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO definition_publications (version, published_at, source, actor) VALUES ($version, $at, $source, $actor)
                """, cancellationToken,
                ("$version", version!.Value), ("$at", Text(draft.At)), ("$source", draft.Origin.Source), ("$actor", draft.Origin.Actor));
        }

        var info = (await ListAsync(connection, transaction, (int)version!.Value, cancellationToken)).Single();
        await transaction.CommitAsync(cancellationToken);
        return new DefinitionPublication(info, created, current != version);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DefinitionVersionInfo>> ListDefinitionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ListAsync(connection, null, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int?> ReadCurrentDefinitionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var version = await ScalarAsync<long?>(connection, null, "SELECT version FROM definition_publications ORDER BY seq DESC LIMIT 1", cancellationToken);
        return version is { } v ? (int)v : null;
    }

    /// <inheritdoc />
    public async Task<string?> LastPublishedFromAsync(string source, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await LastFromAsync(connection, null, source, cancellationToken);
    }

    /// <summary>Adds the definition columns and the publication log to a file made before definitions were administered.</summary>
    private static async Task MigrateDefinitionsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('definitions')";
            await using var reader = await info.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(0));
            }
        }

        foreach (var (name, declaration) in AddedDefinitionColumns.Where(c => !columns.Contains(c.Name)))
        {
            await ExecuteAsync(connection, null, $"ALTER TABLE definitions ADD COLUMN {name} {declaration}", cancellationToken);
        }

        await ExecuteAsync(connection, null, PublicationSchema, cancellationToken);
    }

    private static async Task<string?> LastFromAsync(SqliteConnection connection, SqliteTransaction? transaction, string source, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT d.content_hash FROM definition_publications p JOIN definitions d ON d.version = p.version
            WHERE p.source = $source ORDER BY p.seq DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$source", source);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<List<DefinitionVersionInfo>> ListAsync(SqliteConnection connection, SqliteTransaction? transaction, int? version, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT version, set_id, content_hash, published_at, source, published_by FROM definitions
            WHERE $version IS NULL OR version = $version ORDER BY version
            """;
        command.Parameters.AddWithValue("$version", (object?)version ?? DBNull.Value);
        var versions = new List<DefinitionVersionInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new DefinitionVersionInfo(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                reader.GetString(4),
                reader.GetString(5)));
        }

        return versions;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T?> ScalarAsync<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static string Text(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
