using System.Data.Common;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// What differs between the databases under the one relational store: how an id, a JSON column, a null and a case row's time are
/// written and read back, how rows are claimed (locking), and how the schema is locked while it is migrated. The SQL the stores
/// share is written once with named parameters (<c>@name</c>), which both providers accept.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The database's name, for messages ("SQLite", "PostgreSQL").</summary>
    public abstract string Name { get; }

    /// <summary>A case, message or outbox id as its column stores it.</summary>
    public abstract object Id(Guid id);

    /// <summary>An id for a column that may hold none: null when there is none.</summary>
    public virtual object? OptionalId(Guid? id) => id is { } value ? Id(value) : null;

    /// <summary>Bytes for a binary column, which may be null.</summary>
    public virtual object? Bytes(byte[]? value) => value;

    /// <summary>An id column read back.</summary>
    public abstract Guid ReadId(DbDataReader reader, int ordinal);

    /// <summary>An id returned as a scalar.</summary>
    public abstract Guid IdFrom(object value);

    /// <summary>The case row's <c>updated_at</c> as that database has always stored it (listing pages compare against it).</summary>
    public abstract string CaseRowTime(DateTimeOffset instant);

    /// <summary>A yes/no column's value (PostgreSQL <c>boolean</c>, SQLite 0 or 1).</summary>
    public virtual object Flag(bool value) => value;

    /// <summary>What an ORDER BY on a text column appends so that the order is by code point ("" where that is the default).</summary>
    public virtual string Ordinal => "";

    /// <summary>A text field of the snapshot (its JSON name) as an expression; null when the snapshot does not hold it.</summary>
    public abstract string SnapshotField(string name);

    /// <summary>True when the snapshot's <c>isFinal</c> is true.</summary>
    public abstract string SnapshotIsFinal { get; }

    /// <summary>True when one of the snapshot's co-handlers is the office in the parameter named <paramref name="parameter"/>.</summary>
    public abstract string SnapshotCoHandledBy(string parameter);

    /// <summary>
    /// Claims due timers for <c>@owner</c> until <c>@until</c>: due at or before <c>@now</c>, unclaimed or with a lapsed lease, at most
    /// <c>@limit</c>, in due order; returns <c>case_id, kind, due_at, set_at_version</c> of each claimed row.
    /// </summary>
    public abstract string ClaimTimersSql { get; }

    /// <summary>
    /// Claims unsent outbox rows available at <c>@now</c> for <c>@owner</c>, moving them to <c>@until</c> and counting the attempt;
    /// returns <c>position, message_id, case_id, message_type, body, available_at, attempts before this one</c>.
    /// </summary>
    public abstract string ClaimOutboxSql { get; }

    /// <summary>What a pruning subquery appends so that pruners on several instances skip each other's rows ("" when one writer at a time).</summary>
    public virtual string SkipLocked => "";

    /// <summary>Whether a claim runs in a transaction of its own (taking the write lock first) rather than as one statement.</summary>
    public virtual bool ClaimsInTransaction => false;

    /// <summary>The <c>schema_version</c> table, created when missing (its shape is the one each database already has).</summary>
    public abstract string SchemaVersionTable { get; }

    /// <summary>
    /// The statement that, first in a transaction numbering a table's rows, makes other such writers wait for it; null where every
    /// write transaction already does (SQLite's are IMMEDIATE: the one writer's lock is taken when it begins).
    /// </summary>
    public virtual string? NumberingLock(string table) => null;

    /// <summary>
    /// Whether a statement failed because the database broke a cycle of transactions waiting for each other's locks and chose this
    /// one (false where one writer at a time cannot wait in a cycle). In a batch of appends that means another writer holds what
    /// this append needs: the append is refused as a concurrency conflict, and its caller decides again.
    /// </summary>
    public virtual bool IsDeadlock(Exception exception) => false;

    /// <summary>Makes concurrent migrators wait for each other, within the migration's transaction.</summary>
    public virtual Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Sets a parameter's value: a null, a JSON text and an id as this database wants them.</summary>
    public virtual void Bind(DbParameter parameter, object? value) => parameter.Value = value switch
    {
        null => DBNull.Value,
        JsonText json => json.Text,
        _ => value,
    };
}
