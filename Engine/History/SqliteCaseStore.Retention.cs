using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>
/// What is pruned after its retention period (sent outbox messages, inbox entries). Inbox entries carry the time they were
/// recorded (<c>processed_at</c>): a file made before they did gets the column, and its entries the time of the migration, so they
/// are kept a full period from then.
/// </summary>
public sealed partial class SqliteCaseStore
{
    private const string RetentionIndexes = """
        CREATE INDEX IF NOT EXISTS inbox_by_time ON inbox (processed_at);
        CREATE INDEX IF NOT EXISTS outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
        CREATE INDEX IF NOT EXISTS cases_by_update ON cases (updated_at, case_id);
        """;

    /// <inheritdoc />
    public Task<int> PruneSentOutboxAsync(DateTimeOffset sentBefore, int limit, CancellationToken cancellationToken = default) => PruneAsync("""
        DELETE FROM outbox WHERE position IN (
            SELECT position FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $before ORDER BY sent_at LIMIT $limit)
        """, sentBefore, limit, cancellationToken);

    /// <inheritdoc />
    public Task<int> PruneInboxAsync(DateTimeOffset processedBefore, int limit, CancellationToken cancellationToken = default) => PruneAsync("""
        DELETE FROM inbox WHERE message_id IN (
            SELECT message_id FROM inbox WHERE processed_at < $before ORDER BY processed_at LIMIT $limit)
        """, processedBefore, limit, cancellationToken);

    private async Task<int> PruneAsync(string sql, DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$before", Instant(before));
        command.Parameters.AddWithValue("$limit", limit);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds the inbox's time column to a file made before it (its entries dated now), and the indexes pruning and paging use.</summary>
    private static async Task MigrateRetentionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT 1 FROM pragma_table_info('inbox') WHERE name = 'processed_at'";
            if (await info.ExecuteScalarAsync(cancellationToken) is null)
            {
                await ExecuteAsync(connection, null, "ALTER TABLE inbox ADD COLUMN processed_at TEXT NOT NULL DEFAULT ''", cancellationToken);
            }
        }

        await using (var date = connection.CreateCommand())
        {
            date.CommandText = "UPDATE inbox SET processed_at = $now WHERE processed_at = ''";
            date.Parameters.AddWithValue("$now", Instant(DateTimeOffset.UtcNow));
            await date.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(connection, null, RetentionIndexes, cancellationToken);
    }
}
