using System.Data.Common;
using CaseFlow.Engine.History.Relational;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, on the shared relational base; appends (events, snapshot, inbox entry, timers
/// and outbox) are written in IMMEDIATE transactions, SQLite's single writer lock, those arriving together grouped into one
/// (<paramref name="groupCommit"/>, on by default).
/// </summary>
public sealed partial class SqliteCaseStore(string connectionString, GroupCommitSettings? groupCommit = null)
    : RelationalCaseStore(new SqliteDialect(), groupCommit), ICaseStore
{
    /// <summary>Opens the store on a file path (created when missing).</summary>
    public static SqliteCaseStore ForFile(string path, GroupCommitSettings? groupCommit = null) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString(), groupCommit);

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;", cancellationToken);
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
