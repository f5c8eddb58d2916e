using System.Data.Common;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// SQLite's terms: ids as text, JSON as text (snapshot fields read by <c>json_extract</c>, co-handlers by <c>json_each</c>), the case
/// row's time as round-trip text; one writer at a time, so a claim is an IMMEDIATE transaction (the write lock taken first), as is
/// every write transaction that numbers rows, and the migration's own transaction is its lock.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    public override string Name => "SQLite";

    public override object Id(Guid id) => id.ToString();

    public override Guid ReadId(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));

    public override Guid IdFrom(object value) => Guid.Parse((string)value);

    public override string CaseRowTime(DateTimeOffset instant) => StoreTime.RoundTrip(instant);

    public override object Flag(bool value) => value ? 1 : 0;

    public override string SnapshotField(string name) => $"json_extract(snapshot, '$.{name}')";

    public override string SnapshotIsFinal => "json_extract(snapshot, '$.isFinal') = 1";

    public override string SnapshotCoHandledBy(string parameter) =>
        $"EXISTS (SELECT 1 FROM json_each(snapshot, '$.coHandlers') AS c WHERE json_extract(c.value, '$.office') = {parameter})";

    public override bool ClaimsInTransaction => true;

    public override string ClaimTimersSql => """
        UPDATE timers SET claimed_by = @owner, claimed_until = @until
        WHERE rowid IN (SELECT rowid FROM timers WHERE due_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
                        ORDER BY due_at, case_id, kind LIMIT @limit)
        RETURNING case_id, kind, due_at, set_at_version
        """;

    public override string ClaimOutboxSql => """
        UPDATE outbox SET available_at = @until, claimed_by = @owner, attempts = attempts + 1
        WHERE position IN (SELECT position FROM outbox WHERE sent_at IS NULL AND available_at <= @now ORDER BY position LIMIT @limit)
        RETURNING position, message_id, case_id, message_type, body, available_at, attempts - 1
        """;

    public override string SchemaVersionTable => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))
        """;
}
