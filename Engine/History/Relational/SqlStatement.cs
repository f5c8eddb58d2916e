using System.Data.Common;

namespace CaseFlow.Engine.History.Relational;

/// <summary>One SQL statement with its named parameters (<c>@name</c>), to run alone or in a batch of one unit of work.</summary>
internal sealed record SqlStatement(string Sql, params (string Name, object? Value)[] Parameters)
{
    /// <summary>A command on the connection, in the transaction, with the parameters bound by the dialect.</summary>
    public DbCommand Command(DbConnection connection, DbTransaction? transaction, SqlDialect dialect)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        foreach (var (name, value) in Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            dialect.Bind(parameter, value);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs the statements in order in the transaction, in one round trip where the provider batches; returns each one's rows affected.</summary>
    public static async Task<int[]> ExecuteAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        var affected = new int[statements.Count];
        if (statements.Count == 0)
        {
            return affected;
        }

        if (!connection.CanCreateBatch)
        {
            for (var i = 0; i < statements.Count; i++)
            {
                await using var command = statements[i].Command(connection, transaction, dialect);
                affected[i] = await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return affected;
        }

        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var statement in statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statement.Sql;
            foreach (var (name, value) in statement.Parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                dialect.Bind(parameter, value);
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        for (var i = 0; i < statements.Count; i++)
        {
            affected[i] = batch.BatchCommands[i].RecordsAffected;
        }

        return affected;
    }
}
