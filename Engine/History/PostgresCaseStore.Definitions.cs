using CaseFlow.Engine.Definitions;
using Npgsql;

namespace CaseFlow.Engine.History;

/// <summary>
/// Definition versions in the same database as the cases: <c>definitions</c> (one row per content hash) and
/// <c>definition_publications</c>, whose latest row names the current version. Writers take a table lock on <c>definitions</c>, so
/// instances publishing at once number versions without gaps or clashes.
/// </summary>
public sealed partial class PostgresCaseStore : IDefinitionStore
{
    // Self-exclusive, and readers are not blocked: publications and registrations run one at a time.
    private const string LockDefinitions = "LOCK TABLE definitions IN SHARE ROW EXCLUSIVE MODE";

    /// <inheritdoc />
    public async Task<int> RegisterDefinitionAsync(string contentHash, string content, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, LockDefinitions, cancellationToken);
        await ExecuteAsync(connection, transaction, """
            INSERT INTO definitions (version, content_hash, content)
            SELECT COALESCE(MAX(version), 0) + 1, $1, $2 FROM definitions
            HAVING NOT EXISTS (SELECT 1 FROM definitions WHERE content_hash = $1)
            """, cancellationToken, contentHash, content);
        var version = await ScalarAsync<int>(connection, transaction, "SELECT version FROM definitions WHERE content_hash = $1", cancellationToken, contentHash);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    /// <inheritdoc />
    public async Task<string?> ReadDefinitionAsync(int version, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT content FROM definitions WHERE version = $1");
        command.Parameters.Add(Parameter(version));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <inheritdoc />
    public async Task<DefinitionPublication> PublishDefinitionAsync(DefinitionDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, LockDefinitions, cancellationToken);
        var version = await ScalarAsync<int?>(connection, transaction, "SELECT version FROM definitions WHERE content_hash = $1", cancellationToken, draft.ContentHash);
        var created = version is null;
        if (created)
        {
            version = await ScalarAsync<int?>(connection, transaction, """
                INSERT INTO definitions (version, content_hash, content, set_id, published_at, source, published_by)
                SELECT COALESCE(MAX(version), 0) + 1, $1, $2, $3, $4, $5, $6 FROM definitions
                RETURNING version
                """, cancellationToken,
                draft.ContentHash, draft.Content, draft.WorkflowSetId, RoundTrip(draft.At), draft.Origin.Source, draft.Origin.Actor);
        }

        var current = await ScalarAsync<int?>(connection, transaction, "SELECT version FROM definition_publications ORDER BY seq DESC LIMIT 1", cancellationToken);
        var lastFromSource = await LastFromAsync(connection, transaction, draft.Origin.Source, cancellationToken);

        // A publication that changes nothing (the current content again, from where it last came) is not logged again.
        if (current != version || lastFromSource != draft.ContentHash)
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO definition_publications (version, published_at, source, actor) VALUES ($1, $2, $3, $4)
                """, cancellationToken,
                version!.Value, RoundTrip(draft.At), draft.Origin.Source, draft.Origin.Actor);
        }

        var info = (await ListAsync(connection, transaction, version!.Value, cancellationToken)).Single();
        await transaction.CommitAsync(cancellationToken);
        return new DefinitionPublication(info, created, current != version);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DefinitionVersionInfo>> ListDefinitionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ListAsync(connection, null, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int?> ReadCurrentDefinitionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ScalarAsync<int?>(connection, null, "SELECT version FROM definition_publications ORDER BY seq DESC LIMIT 1", cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string?> LastPublishedFromAsync(string source, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await LastFromAsync(connection, null, source, cancellationToken);
    }

    private static Task<string?> LastFromAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string source, CancellationToken cancellationToken) =>
        ScalarAsync<string?>(connection, transaction, """
            SELECT d.content_hash FROM definition_publications p JOIN definitions d ON d.version = p.version
            WHERE p.source = $1 ORDER BY p.seq DESC LIMIT 1
            """, cancellationToken, source);

    private static async Task<List<DefinitionVersionInfo>> ListAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, int? version, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            SELECT version, set_id, content_hash, published_at, source, published_by FROM definitions
            WHERE $1::integer IS NULL OR version = $1 ORDER BY version
            """, [version is { } v ? v : new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer }]);
        var versions = new List<DefinitionVersionInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new DefinitionVersionInfo(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : ParseRoundTrip(reader.GetString(3)),
                reader.GetString(4),
                reader.GetString(5)));
        }

        return versions;
    }
}
