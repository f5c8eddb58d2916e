using System.Data.Common;
using CaseFlow.Engine.History.Relational;
using Microsoft.Data.Sqlite;

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
    private readonly string _pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = " + synchronous switch
    {
        SqliteSynchronous.Full => "FULL;",
        SqliteSynchronous.Normal => "NORMAL;",
        _ => throw new ArgumentOutOfRangeException(nameof(synchronous), synchronous, "SQLite's synchronous setting is Full or Normal"),
    };

    /// <summary>Opens the store on a file path (created when missing), durable on every commit unless told otherwise.</summary>
    public static SqliteCaseStore ForFile(
        string path, SqliteSynchronous synchronous = SqliteSynchronous.Full, GroupCommitSettings? groupCommit = null) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString(), synchronous, groupCommit);

    /// <summary>The <c>synchronous</c> setting a connection of this store runs with, as SQLite itself reports it.</summary>
    internal async Task<long> ConnectionSynchronousAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

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
