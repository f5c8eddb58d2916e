using System.Text.Json;
using CaseFlow.Engine.Cases;
using Npgsql;
using NpgsqlTypes;

namespace CaseFlow.Engine.History;

/// <summary>
/// What is pruned after its retention period (sent outbox messages, inbox entries; migration 4 dates the inbox) and the paged list
/// of cases. Pruners on several instances skip the rows another is deleting, so they never wait on each other.
/// </summary>
public sealed partial class PostgresCaseStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseState>> ListPageAsync(string? workflow, CaseListPosition? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = _dataSource.CreateCommand("""
            SELECT snapshot FROM cases
            WHERE ($1::text IS NULL OR workflow = $1) AND ($2::text IS NULL OR (updated_at, case_id) < ($2, $3))
            ORDER BY updated_at DESC, case_id DESC LIMIT $4
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)workflow ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(Parameter(after is { } a ? Instant(a.UpdatedAt) : null));
        command.Parameters.Add(new NpgsqlParameter { Value = after?.CaseId ?? Guid.Empty, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(Parameter(limit));
        var cases = new List<CaseState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(JsonSerializer.Deserialize<CaseState>(reader.GetString(0), StoreJson.Options)!);
        }

        return cases;
    }

    /// <inheritdoc />
    public Task<int> PruneSentOutboxAsync(DateTimeOffset sentBefore, int limit, CancellationToken cancellationToken = default) => PruneAsync("""
        DELETE FROM outbox WHERE position IN (
            SELECT position FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $1 ORDER BY sent_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        """, sentBefore, limit, cancellationToken);

    /// <inheritdoc />
    public Task<int> PruneInboxAsync(DateTimeOffset processedBefore, int limit, CancellationToken cancellationToken = default) => PruneAsync("""
        DELETE FROM inbox WHERE message_id IN (
            SELECT message_id FROM inbox WHERE processed_at < $1 ORDER BY processed_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        """, processedBefore, limit, cancellationToken);

    private async Task<int> PruneAsync(string sql, DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.Add(Parameter(Instant(before)));
        command.Parameters.Add(Parameter(limit));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
