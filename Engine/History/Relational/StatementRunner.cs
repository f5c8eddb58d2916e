using System.Data.Common;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// Runs statements on one connection for as long as it is kept, each SQL text made into a command once and run again with new
/// values: SQLite compiles a statement each time a command is made for it, and a batch of appends runs the same few statements
/// many times. Where the provider batches statements (PostgreSQL), a list of them still goes in one round trip. Not thread-safe: it
/// belongs to the one drain that writes appends.
/// </summary>
internal sealed class StatementRunner(DbConnection connection, SqlDialect dialect) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The connection the statements run on.</summary>
    public DbConnection Connection => connection;

    /// <summary>The transaction the statements run in (null: none).</summary>
    public DbTransaction? Transaction { get; set; }

    /// <summary>Runs a statement and returns its rows affected.</summary>
    public Task<int> ExecuteAsync(SqlStatement statement, CancellationToken cancellationToken) =>
        Command(statement).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Runs a query and returns its first value (null when there is no row).</summary>
    public async Task<object?> ScalarAsync(SqlStatement statement, CancellationToken cancellationToken) =>
        await Command(statement).ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? value : null;

    /// <summary>Runs the statements in order, in one round trip where the provider batches; returns each one's rows affected.</summary>
    public async Task<int[]> ExecuteAsync(IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        if (connection.CanCreateBatch)
        {
            return await SqlStatement.ExecuteAsync(connection, Transaction!, dialect, statements, cancellationToken);
        }

        var affected = new int[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            affected[i] = await ExecuteAsync(statements[i], cancellationToken);
        }

        return affected;
    }

    /// <summary>The command for the statement's SQL, made on first use, in the current transaction with the statement's values bound.</summary>
    private DbCommand Command(SqlStatement statement)
    {
        if (!_commands.TryGetValue(statement.Sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = statement.Sql;
            foreach (var (name, _) in statement.Parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            _commands.Add(statement.Sql, command);
        }

        command.Transaction = Transaction;
        foreach (var (name, value) in statement.Parameters)
        {
            dialect.Bind(command.Parameters[name], value);
        }

        return command;
    }

    /// <summary>Disposes the commands made, then the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
        await connection.DisposeAsync();
    }
}
