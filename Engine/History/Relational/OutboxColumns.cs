using System.Data.Common;

namespace CaseFlow.Engine.History.Relational;

/// <summary>The <c>outbox</c> table's column map: messages stored with the events that caused them, numbered by <c>position</c>.</summary>
internal static class OutboxColumns
{
    /// <summary>Within an append: the insert of one message, unsent.</summary>
    public static SqlStatement Insert(OutboxEntry entry, SqlDialect dialect) => new(
        "INSERT INTO outbox (message_id, case_id, message_type, body, available_at) VALUES (@message, @case, @type, @body, @available)",
        ("@message", dialect.Id(entry.MessageId)),
        ("@case", dialect.Id(entry.CaseId)),
        ("@type", entry.MessageType),
        ("@body", entry.Body),
        ("@available", StoreTime.Instant(entry.AvailableAt)));

    /// <summary>A claimed message on the reader's current row, as <see cref="SqlDialect.ClaimOutboxSql"/> returns it.</summary>
    public static PendingOutboxMessage ReadClaimed(DbDataReader reader, SqlDialect dialect) => new(
        reader.GetInt64(0),
        new OutboxEntry(dialect.ReadId(reader, 1), dialect.ReadId(reader, 2), reader.GetString(3), reader.GetString(4), StoreTime.ParseInstant(reader.GetString(5))),
        reader.GetInt32(6));
}
