using System.Data.Common;
using System.Runtime.CompilerServices;
using CaseFlow.Engine.History.Relational;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CaseFlow.Engine.History;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, on the shared relational base; appends (events, snapshot, inbox entry, timers
/// and outbox) are written in IMMEDIATE transactions, SQLite's single writer lock, those arriving together grouped into one
/// (<paramref name="groupCommit"/>, on by default). By default every commit reaches the disk before it returns
/// (<see cref="SqliteSynchronous.Full"/>), so an acknowledged command survives a power cut.
/// </summary>
/// <param name="connectionString">The SQLite connection string.</param>
/// <param name="synchronous">When a commit counts as durable; every connection the store opens runs with it.</param>
/// <param name="groupCommit">How appends arriving together are committed (grouped by default).</param>
public sealed partial class SqliteCaseStore(
    string connectionString, SqliteSynchronous synchronous = SqliteSynchronous.Full, GroupCommitSettings? groupCommit = null)
    : RelationalCaseStore(new SqliteDialect(), groupCommit), ICaseStore
{
    /// <summary>Appends committed between two checkpoints the store starts itself (see <see cref="AppendsCommitted"/>).</summary>
    internal const int CommitsPerCheckpoint = 16;

    /// <summary>The log's length, in pages, past which the committer's own commit checkpoints (by default 4,000: 16 MB of 4 KB pages).</summary>
    internal int WriterCheckpointPages { get; init; } = 4_000;

    // Every connection but the committer's checkpoints as SQLite does by default (once the log passes 1,000 pages), since a pooled
    // connection may have been the committer's before.
    private readonly string _pragmas = "PRAGMA busy_timeout = 30000; PRAGMA wal_autocheckpoint = 1000; PRAGMA synchronous = " + synchronous switch
    {
        SqliteSynchronous.Full => "FULL;",
        SqliteSynchronous.Normal => "NORMAL;",
        _ => throw new ArgumentOutOfRangeException(nameof(synchronous), synchronous, "SQLite's synchronous setting is Full or Normal"),
    };

    private int _sinceCheckpoint;
    private int _checkpointing;
    private long _checkpoints;

    /// <summary>Checkpoints the store has run beside the committer.</summary>
    internal long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>Opens the store on a file path (created when missing), durable on every commit unless told otherwise.</summary>
    public static SqliteCaseStore ForFile(
        string path, SqliteSynchronous synchronous = SqliteSynchronous.Full, GroupCommitSettings? groupCommit = null) =>
        new(FileConnectionString(path), synchronous, groupCommit);

    /// <summary>The connection string the store uses for a file path: pooled, waiting up to 30 s for a lock.</summary>
    public static string FileConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();

    /// <summary>The <c>synchronous</c> setting a connection of this store runs with, as SQLite itself reports it.</summary>
    internal async Task<long> ConnectionSynchronousAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <summary>
    /// The committer's connection checkpoints only once the log passes <see cref="WriterCheckpointPages"/>: SQLite runs an automatic
    /// checkpoint inside the commit that passes the limit, holding every command in that batch while the log is copied into the
    /// database and flushed. The store's own checkpoints beside it (<see cref="AppendsCommitted"/>) copy most of the log first, so
    /// the committer's, when one comes, has little left to copy; and since it runs while nothing else is writing, it lets the next
    /// commit start the log again from its beginning, which a checkpoint beside a busy committer seldom can: the log stays bounded.
    /// </summary>
    private protected override async Task<DbConnection> OpenWriterConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"PRAGMA wal_autocheckpoint = {WriterCheckpointPages};", cancellationToken);
        return connection;
    }

    /// <summary>
    /// Every <see cref="CommitsPerCheckpoint"/> commits of appends, a passive checkpoint on a connection of its own, off the
    /// committer's thread (one at a time): it copies what the log holds into the database without waiting for readers or writers,
    /// so the log stays short while the committer goes on. One that fails is left to the next.
    /// </summary>
    private protected override void AppendsCommitted()
    {
        if (Interlocked.Increment(ref _sinceCheckpoint) < CommitsPerCheckpoint || Interlocked.CompareExchange(ref _checkpointing, 1, 0) != 0)
        {
            return;
        }

        Interlocked.Exchange(ref _sinceCheckpoint, 0);
        _ = Task.Run(async () =>
        {
            try
            {
                await using var connection = await OpenAsync(CancellationToken.None);
                await ExecuteAsync(connection, null, "PRAGMA wal_checkpoint(PASSIVE);", CancellationToken.None);
                Interlocked.Increment(ref _checkpoints);
            }
            catch (SqliteException)
            {
                // Busy, or the file went away (the store is being closed): the next commits start another.
            }
            finally
            {
                Volatile.Write(ref _checkpointing, 0);
            }
        });
    }

    /// <summary>
    /// The rows straight from SQLite's own interface: each text column's bytes copied from the statement's row as stored (UTF-8),
    /// with no string made and no per-column call through the ADO.NET reader, since verification reads every column of every event.
    /// </summary>
    private protected override async IAsyncEnumerable<StoredRows> ReadStoredRowsAsync(SqlStatement query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var database = connection.Handle!;
        using var statement = Prepare(database, query);
        var rows = new StoredRows(StoredRowsPerBatch);
        bool more;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Clear();
            more = Fill(database, statement, rows);
            if (rows.Count > 0)
            {
                yield return rows;
            }
        }
        while (more);
    }

    private static sqlite3_stmt Prepare(sqlite3 database, SqlStatement query)
    {
        Check(database, raw.sqlite3_prepare_v2(database, query.Sql, out var statement));
        foreach (var (name, value) in query.Parameters)
        {
            Check(database, raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, name), (string)value!));
        }

        return statement;
    }

    /// <summary>Steps through up to a batch of rows (columns as <see cref="EventColumns.List"/>); false once the query is done.</summary>
    private static bool Fill(sqlite3 database, sqlite3_stmt statement, StoredRows rows)
    {
        while (rows.Count < StoredRowsPerBatch)
        {
            var result = raw.sqlite3_step(statement);
            if (result == raw.SQLITE_DONE)
            {
                return false;
            }

            if (result != raw.SQLITE_ROW)
            {
                Check(database, result);
            }

            rows.Start(Guid.Parse(raw.sqlite3_column_blob(statement, 0)), raw.sqlite3_column_int64(statement, 1), raw.sqlite3_column_int(statement, 9));
            Add(rows, statement, StoredRows.Text.Trigger, 2);
            Add(rows, statement, StoredRows.Text.From, 3);
            Add(rows, statement, StoredRows.Text.Reached, 4);
            Add(rows, statement, StoredRows.Text.To, 5);
            if (raw.sqlite3_column_type(statement, 6) != raw.SQLITE_NULL)
            {
                Add(rows, statement, StoredRows.Text.Supervision, 6);
            }

            Add(rows, statement, StoredRows.Text.Actor, 7);
            Add(rows, statement, StoredRows.Text.At, 8);
            Add(rows, statement, StoredRows.Text.Payload, 10);
            Add(rows, statement, StoredRows.Text.Effects, 11);
            Add(rows, statement, StoredRows.Text.ActorKind, 12);
            Add(rows, statement, StoredRows.Text.PreviousHash, 13);
            Add(rows, statement, StoredRows.Text.Hash, 14);
            Add(rows, statement, StoredRows.Text.Identity, 15);
        }

        return true;

        // Every column but supervision is NOT NULL in the schema, so only supervision's type is asked (a null elsewhere would read as
        // empty text, miss its hash and be judged on the whole event, as any row that misses is).
        static void Add(StoredRows rows, sqlite3_stmt statement, StoredRows.Text column, int ordinal) =>
            rows.Add(column, raw.sqlite3_column_blob(statement, ordinal));
    }

    private static void Check(sqlite3 database, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, _pragmas, cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
