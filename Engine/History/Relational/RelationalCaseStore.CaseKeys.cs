using System.Data.Common;
using CaseFlow.Engine.History.Relational;
using CaseFlow.Engine.Privacy;

namespace CaseFlow.Engine.History;

/// <summary>Cases' wrapped data keys and their erasures, in the same database as the cases (migration 5): one row per case.</summary>
public abstract partial class RelationalCaseStore : ICaseKeyStore
{
    private const string KeyColumns = "case_id, master_key_id, wrapped_key, created_at, erased_at, erased_by, erasure_reason";

    // Ids asked for in one query at most: well within both databases' limits on a statement's parameters.
    private const int KeysPerQuery = 500;

    /// <inheritdoc />
    public async Task<bool> AddKeyAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await ExecuteAsync(new SqlStatement(
            "INSERT INTO case_keys (case_id, master_key_id, wrapped_key, created_at) VALUES (@case, @master, @wrapped, @at) ON CONFLICT DO NOTHING",
            ("@case", Dialect.Id(key.CaseId)), ("@master", key.MasterKeyId), ("@wrapped", Dialect.Bytes(key.Wrapped)), ("@at", StoreTime.Instant(key.CreatedAt))),
            cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, CaseKey>> ReadKeysAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        var found = new Dictionary<Guid, CaseKey>();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        foreach (var chunk in caseIds.Distinct().Chunk(KeysPerQuery))
        {
            var names = chunk.Select((_, i) => $"@c{i}").ToList();
            var keys = await ReadListAsync(
                new SqlStatement(
                    $"SELECT {KeyColumns} FROM case_keys WHERE case_id IN ({string.Join(", ", names)})",
                    [.. chunk.Select((id, i) => (names[i], (object?)Dialect.Id(id)))]),
                ReadKey, cancellationToken, connection);
            foreach (var key in keys)
            {
                found[key.CaseId] = key;
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<bool> EraseKeyAsync(Erasure erasure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        return await ExecuteAsync(new SqlStatement("""
            UPDATE case_keys SET wrapped_key = NULL, erased_at = @at, erased_by = @by, erasure_reason = @reason
            WHERE case_id = @case AND erased_at IS NULL
            """,
            ("@case", Dialect.Id(erasure.CaseId)), ("@at", StoreTime.Instant(erasure.At)), ("@by", erasure.By), ("@reason", erasure.Reason)),
            cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Erasure>> ListErasuresAsync(DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken = default) =>
        (await ReadListAsync(
            new SqlStatement(
                $"SELECT {KeyColumns} FROM case_keys WHERE erased_at >= @from AND erased_at < @to ORDER BY erased_at, case_id LIMIT @limit",
                ("@from", StoreTime.Instant(since)), ("@to", StoreTime.Instant(until)), ("@limit", limit)),
            ReadKey, cancellationToken))
        .Select(key => key.Erasure!).ToList();

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseKey>> ReadKeysNotWrappedWithAsync(string masterKeyId, int limit, CancellationToken cancellationToken = default) => ReadListAsync(
        new SqlStatement(
            $"SELECT {KeyColumns} FROM case_keys WHERE master_key_id <> @master AND wrapped_key IS NOT NULL ORDER BY case_id LIMIT @limit",
            ("@master", masterKeyId), ("@limit", limit)),
        ReadKey, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> RewrapKeyAsync(Guid caseId, string previousMasterKeyId, string masterKeyId, byte[] wrapped, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        return await ExecuteAsync(new SqlStatement("""
            UPDATE case_keys SET master_key_id = @master, wrapped_key = @wrapped
            WHERE case_id = @case AND master_key_id = @previous AND wrapped_key IS NOT NULL
            """,
            ("@case", Dialect.Id(caseId)), ("@previous", previousMasterKeyId), ("@master", masterKeyId), ("@wrapped", Dialect.Bytes(wrapped))),
            cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> MasterKeysInUseAsync(CancellationToken cancellationToken = default) =>
        (await ReadListAsync(
            new SqlStatement("SELECT DISTINCT master_key_id FROM case_keys WHERE wrapped_key IS NOT NULL"),
            (reader, _) => reader.GetString(0), cancellationToken))
        .ToHashSet(StringComparer.Ordinal);

    private static CaseKey ReadKey(DbDataReader reader, SqlDialect dialect)
    {
        var caseId = dialect.ReadId(reader, 0);
        return new CaseKey(caseId, reader.GetString(1), reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2), StoreTime.ParseInstant(reader.GetString(3)))
        {
            Erasure = reader.IsDBNull(4) ? null : new Erasure
            {
                CaseId = caseId,
                At = StoreTime.ParseInstant(reader.GetString(4)),
                By = reader.GetString(5),
                Reason = reader.GetString(6),
            },
        };
    }
}
