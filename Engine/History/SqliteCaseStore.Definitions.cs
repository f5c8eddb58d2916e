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
    /// <inheritdoc />
    public async Task<int> RegisterDefinitionAsync(string contentHash, string content, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO definitions (version, content_hash, content)
            SELECT next.version, $hash, $content FROM (SELECT COALESCE(MAX(version), 0) + 1 AS version FROM definitions) AS next
            WHERE NOT EXISTS (SELECT 1 FROM definitions WHERE content_hash = $hash);
            SELECT version FROM definitions WHERE content_hash = $hash;
            """;
        command.Parameters.AddWithValue("$hash", contentHash);
        command.Parameters.AddWithValue("$content", content);
        var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    /// <inheritdoc />
    public async Task<string?> ReadDefinitionAsync(int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT content FROM definitions WHERE version = $version";
        command.Parameters.AddWithValue("$version", version);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

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
