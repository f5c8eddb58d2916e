using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// PostgreSQL's terms: ids as <c>uuid</c>, JSON columns typed <c>json</c> (snapshot fields read by <c>-&gt;&gt;</c>, co-handlers by
/// <c>json_array_elements</c>), nulls sent typed (text, or the column's type for a uuid or bytea), the case row's time as fixed-width
/// UTC text; claims and pruning skip rows another instance has locked (<c>FOR UPDATE SKIP LOCKED</c>), numbering writers take a
/// table lock, and migrators wait for each other on an advisory lock.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    // "CaseFlow" in ASCII: the advisory lock every instance takes to migrate the schema.
    private const long MigrationLock = 0x43617365466C6F77;

    public override string Name => "PostgreSQL";

    public override object Id(Guid id) => id;

    // PostgreSQL puts no text-typed null into a uuid or bytea column: these nulls carry their column's type.
    public override object? OptionalId(Guid? id) => id is { } value ? value : new TypedNull(NpgsqlDbType.Uuid);

    public override object? Bytes(byte[]? value) => value is null ? new TypedNull(NpgsqlDbType.Bytea) : value;

    public override Guid ReadId(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    public override Guid IdFrom(object value) => (Guid)value;

    public override string CaseRowTime(DateTimeOffset instant) => StoreTime.Instant(instant);

    public override string Ordinal => " COLLATE \"C\"";

    public override string SnapshotField(string name) => $"(snapshot->>'{name}')";

    public override string SnapshotIsFinal => "(snapshot->>'isFinal')::boolean";

    public override string SnapshotCoHandledBy(string parameter) =>
        $"EXISTS (SELECT 1 FROM json_array_elements(snapshot->'coHandlers') AS c WHERE c->>'office' = {parameter})";

    public override string SkipLocked => " FOR UPDATE SKIP LOCKED";

    // Rows another claimer has locked are skipped, not waited for; a row it claimed and committed meanwhile is re-checked against
    // the claim condition before it is locked here. Either way a row goes to one claimer at a time.
    public override string ClaimTimersSql => """
        WITH claimable AS (
            SELECT case_id, kind FROM timers
            WHERE due_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
            ORDER BY due_at, case_id, kind
            LIMIT @limit
            FOR UPDATE SKIP LOCKED)
        UPDATE timers t SET claimed_by = @owner, claimed_until = @until
        FROM claimable c WHERE t.case_id = c.case_id AND t.kind = c.kind
        RETURNING t.case_id, t.kind, t.due_at, t.set_at_version
        """;

    public override string ClaimOutboxSql => """
        WITH claimable AS (
            SELECT position FROM outbox
            WHERE sent_at IS NULL AND available_at <= @now
            ORDER BY position
            LIMIT @limit
            FOR UPDATE SKIP LOCKED)
        UPDATE outbox o SET available_at = @until, claimed_by = @owner, attempts = o.attempts + 1
        FROM claimable c WHERE o.position = c.position
        RETURNING o.position, o.message_id, o.case_id, o.message_type, o.body, o.available_at, o.attempts - 1
        """;

    // Self-exclusive, and readers are not blocked: numbering writers run one at a time.
    public override string? NumberingLock(string table) => $"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE";

    public override string SchemaVersionTable => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version integer PRIMARY KEY,
            description text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now())
        """;

    public override bool IsDeadlock(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected };

    public override async Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new SqlStatement("SELECT pg_advisory_xact_lock(@lock)", ("@lock", MigrationLock)).Command(connection, transaction, this);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void Bind(DbParameter parameter, object? value)
    {
        var typed = (NpgsqlParameter)parameter;
        switch (value)
        {
            case null:
                typed.Value = DBNull.Value;
                typed.NpgsqlDbType = NpgsqlDbType.Text;
                break;
            case TypedNull typedNull:
                typed.Value = DBNull.Value;
                typed.NpgsqlDbType = typedNull.Type;
                break;
            case JsonText json:
                typed.Value = json.Text;
                typed.NpgsqlDbType = NpgsqlDbType.Json;
                break;
            default:
                typed.Value = value;
                break;
        }
    }

    /// <summary>A null of a column's type.</summary>
    private sealed record TypedNull(NpgsqlDbType Type);
}
