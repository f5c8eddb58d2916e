using Npgsql;

namespace CaseFlow.Engine.History;

/// <summary>
/// The outbox table: outbound messages stored with the events that caused them, claimed by the relays of every instance with a
/// lease and marked sent once published. Sent rows stay, as the record of what was published and when, until retention prunes them.
/// </summary>
public sealed partial class PostgresCaseStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingOutboxMessage>> ClaimOutboxAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);

        // As for timers: locked rows are skipped, and a row claimed and committed meanwhile is re-checked before it is locked, so
        // relays on several instances claim disjoint sets; the lease (available_at moved on) keeps it theirs until it runs out.
        await using var command = _dataSource.CreateCommand("""
            WITH claimable AS (
                SELECT position FROM outbox
                WHERE sent_at IS NULL AND available_at <= $1
                ORDER BY position
                LIMIT $2
                FOR UPDATE SKIP LOCKED)
            UPDATE outbox o SET available_at = $3, claimed_by = $4, attempts = o.attempts + 1
            FROM claimable c WHERE o.position = c.position
            RETURNING o.position, o.message_id, o.case_id, o.message_type, o.body, o.available_at, o.attempts - 1
            """);
        command.Parameters.Add(Parameter(Instant(now)));
        command.Parameters.Add(Parameter(limit));
        command.Parameters.Add(Parameter(Instant(now + lease)));
        command.Parameters.Add(Parameter(owner));
        var claimed = new List<PendingOutboxMessage>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add(new PendingOutboxMessage(
                    reader.GetInt64(0),
                    new OutboxEntry(reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4), ParseInstant(reader.GetString(5))),
                    reader.GetInt32(6)));
            }
        }

        return claimed.OrderBy(m => m.Position).ToList();
    }

    /// <inheritdoc />
    public async Task MarkOutboxSentAsync(IReadOnlyList<Guid> messageIds, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        if (messageIds.Count == 0)
        {
            return;
        }

        await using var command = _dataSource.CreateCommand("UPDATE outbox SET sent_at = $1 WHERE sent_at IS NULL AND message_id = ANY($2)");
        command.Parameters.Add(Parameter(Instant(sentAt)));
        command.Parameters.Add(Parameter(messageIds.ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> CountUnsentOutboxAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Within an append: stores the messages its events caused, unsent.</summary>
    private static void AddOutbox(NpgsqlBatch batch, IReadOnlyList<OutboxEntry>? outbox)
    {
        foreach (var entry in outbox ?? [])
        {
            batch.BatchCommands.Add(Statement(
                "INSERT INTO outbox (message_id, case_id, message_type, body, available_at) VALUES ($1, $2, $3, $4, $5)",
                entry.MessageId, entry.CaseId, entry.MessageType, entry.Body, Instant(entry.AvailableAt)));
        }
    }
}
