using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>
/// The outbox table: outbound messages stored with the events that caused them, claimed by relays with a lease and marked sent
/// once published. Sent rows stay, as the record of what was published and when, until retention prunes them.
/// </summary>
public sealed partial class SqliteCaseStore
{
    private const string OutboxSchema = """
        CREATE TABLE IF NOT EXISTS outbox (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id TEXT NOT NULL UNIQUE,
            case_id TEXT NOT NULL,
            message_type TEXT NOT NULL,
            body TEXT NOT NULL,
            available_at TEXT NOT NULL,
            claimed_by TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT);
        CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (available_at) WHERE sent_at IS NULL;
        """;

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingOutboxMessage>> ClaimOutboxAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE outbox SET available_at = $until, claimed_by = $owner, attempts = attempts + 1
            WHERE position IN (SELECT position FROM outbox WHERE sent_at IS NULL AND available_at <= $now ORDER BY position LIMIT $limit)
            RETURNING position, message_id, case_id, message_type, body, available_at, attempts - 1
            """;
        command.Parameters.AddWithValue("$until", Instant(now + lease));
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$now", Instant(now));
        command.Parameters.AddWithValue("$limit", limit);
        var claimed = new List<PendingOutboxMessage>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add(new PendingOutboxMessage(
                    reader.GetInt64(0),
                    new OutboxEntry(Guid.Parse(reader.GetString(1)), Guid.Parse(reader.GetString(2)), reader.GetString(3), reader.GetString(4), ParseInstant(reader.GetString(5))),
                    reader.GetInt32(6)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
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

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = messageIds.Select((_, i) => $"$m{i}").ToList();
        command.CommandText = $"UPDATE outbox SET sent_at = $sent WHERE sent_at IS NULL AND message_id IN ({string.Join(", ", names)})";
        command.Parameters.AddWithValue("$sent", Instant(sentAt));
        for (var i = 0; i < messageIds.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], messageIds[i].ToString());
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> CountUnsentOutboxAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Within an append: stores the messages its events caused, unsent.</summary>
    private static async Task WriteOutboxAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<OutboxEntry>? outbox, CancellationToken cancellationToken)
    {
        foreach (var entry in outbox ?? [])
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO outbox (message_id, case_id, message_type, body, available_at)
                VALUES ($message, $case, $type, $body, $available)
                """;
            insert.Parameters.AddWithValue("$message", entry.MessageId.ToString());
            insert.Parameters.AddWithValue("$case", entry.CaseId.ToString());
            insert.Parameters.AddWithValue("$type", entry.MessageType);
            insert.Parameters.AddWithValue("$body", entry.Body);
            insert.Parameters.AddWithValue("$available", Instant(entry.AvailableAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
