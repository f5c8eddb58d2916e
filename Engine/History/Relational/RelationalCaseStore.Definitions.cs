using System.Data.Common;
using System.Globalization;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.History;

/// <summary>
/// Definition versions in the same database as the cases: <c>definitions</c> (one row per content hash, with the workflow-set id,
/// first publication time, source and publisher) and <c>definition_publications</c>, which logs every publication; its latest row
/// names the current version. Writers number versions one at a time (<see cref="LockForNumberingAsync"/>).
/// </summary>
public abstract partial class RelationalCaseStore : IDefinitionStore
{
    private const string DefinitionColumns = "version, set_id, content_hash, published_at, source, published_by";

    private static readonly SqlStatement CurrentDefinition = new("SELECT version FROM definition_publications ORDER BY seq DESC LIMIT 1");

    /// <inheritdoc />
    public async Task<int> RegisterDefinitionAsync(string contentHash, string content, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForNumberingAsync("definitions", connection, transaction, cancellationToken);
        await ExecuteAsync(new SqlStatement("""
            INSERT INTO definitions (version, content_hash, content)
            SELECT candidate.version, @hash, @content FROM (SELECT COALESCE(MAX(version), 0) + 1 AS version FROM definitions) AS candidate
            WHERE NOT EXISTS (SELECT 1 FROM definitions WHERE content_hash = @hash)
            """, ("@hash", contentHash), ("@content", content)), cancellationToken, connection, transaction);
        var version = await VersionOfAsync(contentHash, connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version!.Value;
    }

    /// <inheritdoc />
    public async Task<string?> ReadDefinitionAsync(int version, CancellationToken cancellationToken = default) =>
        await ScalarAsync(new SqlStatement("SELECT content FROM definitions WHERE version = @version", ("@version", version)), cancellationToken) as string;

    /// <inheritdoc />
    public async Task<DefinitionPublication> PublishDefinitionAsync(DefinitionDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForNumberingAsync("definitions", connection, transaction, cancellationToken);
        var version = await VersionOfAsync(draft.ContentHash, connection, transaction, cancellationToken);
        var created = version is null;
        if (created)
        {
            await ExecuteAsync(new SqlStatement("""
                INSERT INTO definitions (version, content_hash, content, set_id, published_at, source, published_by)
                SELECT COALESCE(MAX(version), 0) + 1, @hash, @content, @set, @at, @source, @actor FROM definitions
                """,
                ("@hash", draft.ContentHash), ("@content", draft.Content), ("@set", draft.WorkflowSetId), ("@at", StoreTime.RoundTrip(draft.At)),
                ("@source", draft.Origin.Source), ("@actor", draft.Origin.Actor)), cancellationToken, connection, transaction);
            version = await VersionOfAsync(draft.ContentHash, connection, transaction, cancellationToken);
        }

        var current = Version(await ScalarAsync(CurrentDefinition, cancellationToken, connection, transaction));
        var lastFromSource = await LastFromAsync(draft.Origin.Source, cancellationToken, connection, transaction);

        // A publication that changes nothing (the current content again, from where it last came) is not logged again.
        if (current != version || lastFromSource != draft.ContentHash)
        {
            await ExecuteAsync(new SqlStatement(
                "INSERT INTO definition_publications (version, published_at, source, actor) VALUES (@version, @at, @source, @actor)",
                ("@version", version!.Value), ("@at", StoreTime.RoundTrip(draft.At)), ("@source", draft.Origin.Source), ("@actor", draft.Origin.Actor)),
                cancellationToken, connection, transaction);
        }

        var info = (await ListDefinitionsAsync(version, cancellationToken, connection, transaction)).Single();
        await transaction.CommitAsync(cancellationToken);
        return new DefinitionPublication(info, created, current != version);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DefinitionVersionInfo>> ListDefinitionsAsync(CancellationToken cancellationToken = default) =>
        ListDefinitionsAsync(null, cancellationToken);

    /// <inheritdoc />
    public async Task<int?> ReadCurrentDefinitionAsync(CancellationToken cancellationToken = default) =>
        Version(await ScalarAsync(CurrentDefinition, cancellationToken));

    /// <inheritdoc />
    public Task<string?> LastPublishedFromAsync(string source, CancellationToken cancellationToken = default) => LastFromAsync(source, cancellationToken);

    private async Task<string?> LastFromAsync(string source, CancellationToken cancellationToken, DbConnection? connection = null, DbTransaction? transaction = null) =>
        await ScalarAsync(new SqlStatement("""
            SELECT d.content_hash FROM definition_publications p JOIN definitions d ON d.version = p.version
            WHERE p.source = @source ORDER BY p.seq DESC LIMIT 1
            """, ("@source", source)), cancellationToken, connection, transaction) as string;

    private async Task<int?> VersionOfAsync(string contentHash, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Version(await ScalarAsync(
            new SqlStatement("SELECT version FROM definitions WHERE content_hash = @hash", ("@hash", contentHash)), cancellationToken, connection, transaction));

    /// <summary>Every version, or only <paramref name="version"/> when it is given.</summary>
    private Task<IReadOnlyList<DefinitionVersionInfo>> ListDefinitionsAsync(
        int? version, CancellationToken cancellationToken, DbConnection? connection = null, DbTransaction? transaction = null) => ReadListAsync(
        version is { } only
            ? new SqlStatement($"SELECT {DefinitionColumns} FROM definitions WHERE version = @version", ("@version", only))
            : new SqlStatement($"SELECT {DefinitionColumns} FROM definitions ORDER BY version"),
        (reader, _) => new DefinitionVersionInfo(
            reader.GetInt32(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : StoreTime.ParseRoundTrip(reader.GetString(3)),
            reader.GetString(4),
            reader.GetString(5)),
        cancellationToken, connection, transaction);

    /// <summary>A version number returned as a scalar (SQLite's integers are 64-bit), or null.</summary>
    private static int? Version(object? value) => value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
