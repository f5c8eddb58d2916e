using CaseFlow.Engine.Privacy;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>Cases' wrapped data keys and their erasures, in the same SQLite file as the cases.</summary>
public sealed partial class SqliteCaseStore : ICaseKeyStore
{
    private const string KeyColumns = "case_id, master_key_id, wrapped_key, created_at, erased_at, erased_by, erasure_reason";

    /// <inheritdoc />
    public async Task<bool> AddKeyAsync(CaseKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO case_keys (case_id, master_key_id, wrapped_key, created_at) VALUES ($case, $master, $wrapped, $at) ON CONFLICT DO NOTHING
            """,
            [("$case", key.CaseId.ToString()), ("$master", key.MasterKeyId), ("$wrapped", (object?)key.Wrapped ?? DBNull.Value), ("$at", Instant(key.CreatedAt))]);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, CaseKey>> ReadKeysAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        var found = new Dictionary<Guid, CaseKey>();
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var chunk in caseIds.Distinct().Chunk(500))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {KeyColumns} FROM case_keys WHERE case_id IN ({string.Join(',', chunk.Select((_, i) => $"$c{i}"))})";
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue($"$c{i}", chunk[i].ToString());
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = ReadKey(reader);
                found[key.CaseId] = key;
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<bool> EraseKeyAsync(Erasure erasure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            UPDATE case_keys SET wrapped_key = NULL, erased_at = $at, erased_by = $by, erasure_reason = $reason
            WHERE case_id = $case AND erased_at IS NULL
            """,
            [("$case", erasure.CaseId.ToString()), ("$at", Instant(erasure.At)), ("$by", erasure.By), ("$reason", erasure.Reason)]);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Erasure>> ListErasuresAsync(DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"""
            SELECT {KeyColumns} FROM case_keys WHERE erased_at >= $from AND erased_at < $to ORDER BY erased_at, case_id LIMIT $limit
            """, [("$from", Instant(since)), ("$to", Instant(until)), ("$limit", limit)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var erasures = new List<Erasure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            erasures.Add(ReadKey(reader).Erasure!);
        }

        return erasures;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseKey>> ReadKeysNotWrappedWithAsync(string masterKeyId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"""
            SELECT {KeyColumns} FROM case_keys WHERE master_key_id <> $master AND wrapped_key IS NOT NULL ORDER BY case_id LIMIT $limit
            """, [("$master", masterKeyId), ("$limit", limit)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<CaseKey>();
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
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            UPDATE case_keys SET master_key_id = $master, wrapped_key = $wrapped
            WHERE case_id = $case AND master_key_id = $previous AND wrapped_key IS NOT NULL
            """,
            [("$case", caseId.ToString()), ("$previous", previousMasterKeyId), ("$master", masterKeyId), ("$wrapped", wrapped)]);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> MasterKeysInUseAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT DISTINCT master_key_id FROM case_keys WHERE wrapped_key IS NOT NULL", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static CaseKey ReadKey(SqliteDataReader reader)
    {
        var caseId = Guid.Parse(reader.GetString(0));
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
