using CaseFlow.Engine.Privacy;
using Npgsql;
using NpgsqlTypes;

namespace CaseFlow.Engine.History;

/// <summary>Cases' wrapped data keys and their erasures, in the same database as the cases (migration 5).</summary>
public sealed partial class PostgresCaseStore : ICaseKeyStore
{
    private const string KeyColumns = "case_id, master_key_id, wrapped_key, created_at, erased_at, erased_by, erasure_reason";

    /// <inheritdoc />
    public async Task<bool> AddKeyAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = _dataSource.CreateCommand(
            "INSERT INTO case_keys (case_id, master_key_id, wrapped_key, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING");
        command.Parameters.Add(Parameter(key.CaseId));
        command.Parameters.Add(Parameter(key.MasterKeyId));
        command.Parameters.Add(Bytes(key.Wrapped));
        command.Parameters.Add(Parameter(Instant(key.CreatedAt)));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, CaseKey>> ReadKeysAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        await using var command = _dataSource.CreateCommand($"SELECT {KeyColumns} FROM case_keys WHERE case_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = caseIds.Distinct().ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        var found = new Dictionary<Guid, CaseKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = ReadKey(reader);
            found[key.CaseId] = key;
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<bool> EraseKeyAsync(Erasure erasure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        await using var command = _dataSource.CreateCommand("""
            UPDATE case_keys SET wrapped_key = NULL, erased_at = $2, erased_by = $3, erasure_reason = $4 WHERE case_id = $1 AND erased_at IS NULL
            """);
        command.Parameters.Add(Parameter(erasure.CaseId));
        command.Parameters.Add(Parameter(Instant(erasure.At)));
        command.Parameters.Add(Parameter(erasure.By));
        command.Parameters.Add(Parameter(erasure.Reason));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Erasure>> ListErasuresAsync(DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {KeyColumns} FROM case_keys WHERE erased_at >= $1 AND erased_at < $2 ORDER BY erased_at, case_id LIMIT $3");
        command.Parameters.Add(Parameter(Instant(since)));
        command.Parameters.Add(Parameter(Instant(until)));
        command.Parameters.Add(Parameter(limit));
        var erasures = new List<Erasure>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            erasures.Add(ReadKey(reader).Erasure!);
        }

        return erasures;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseKey>> ReadKeysNotWrappedWithAsync(string masterKeyId, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {KeyColumns} FROM case_keys WHERE master_key_id <> $1 AND wrapped_key IS NOT NULL ORDER BY case_id LIMIT $2");
        command.Parameters.Add(Parameter(masterKeyId));
        command.Parameters.Add(Parameter(limit));
        var keys = new List<CaseKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(ReadKey(reader));
        }

        return keys;
    }

    /// <inheritdoc />
    public async Task<bool> RewrapKeyAsync(Guid caseId, string previousMasterKeyId, string masterKeyId, byte[] wrapped, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        await using var command = _dataSource.CreateCommand(
            "UPDATE case_keys SET master_key_id = $3, wrapped_key = $4 WHERE case_id = $1 AND master_key_id = $2 AND wrapped_key IS NOT NULL");
        command.Parameters.Add(Parameter(caseId));
        command.Parameters.Add(Parameter(previousMasterKeyId));
        command.Parameters.Add(Parameter(masterKeyId));
        command.Parameters.Add(Bytes(wrapped));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> MasterKeysInUseAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT DISTINCT master_key_id FROM case_keys WHERE wrapped_key IS NOT NULL");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static NpgsqlParameter Bytes(byte[]? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea };

    private static CaseKey ReadKey(NpgsqlDataReader reader)
    {
        var caseId = reader.GetGuid(0);
        return new CaseKey(caseId, reader.GetString(1), reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2), ParseInstant(reader.GetString(3)))
        {
            Erasure = reader.IsDBNull(4) ? null : new Erasure
            {
                CaseId = caseId,
                At = ParseInstant(reader.GetString(4)),
                By = reader.GetString(5),
                Reason = reader.GetString(6),
            },
        };
    }
}
