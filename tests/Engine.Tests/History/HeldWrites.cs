using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Another connection holding up every append to a store under test until it lets go: SQLite's write lock (an IMMEDIATE
/// transaction), or on PostgreSQL a lock on the <c>cases</c> table that lets reads through. What queues behind it meanwhile is
/// what a group committer batches.
/// </summary>
internal sealed class HeldWrites : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;

    private HeldWrites(DbConnection connection, DbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<HeldWrites> TakeAsync(StoreUnderTest subject)
    {
        DbConnection connection = subject.Kind == StoreUnderTest.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = subject.SqliteFile, Pooling = false }.ToString())
            : new NpgsqlConnection(subject.PostgresConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        if (subject.Kind == StoreUnderTest.Postgres)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "LOCK TABLE cases IN EXCLUSIVE MODE";
            await command.ExecuteNonQueryAsync();
        }

        return new HeldWrites(connection, transaction);
    }

    /// <summary>Lets the appends through.</summary>
    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
