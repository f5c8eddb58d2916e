namespace CaseFlow.Engine.History;

/// <summary>
/// What is pruned after its retention period (sent outbox messages, inbox entries; migration 4 dates the inbox). Pruners on several
/// instances skip the rows another is deleting, so they never wait on each other.
/// </summary>
public sealed partial class PostgresCaseStore
{
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
