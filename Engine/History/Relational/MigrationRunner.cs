using System.Data.Common;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// Brings a database to the newest of its numbered migrations: in one transaction (under the dialect's schema lock, so instances
/// starting together migrate it once), it applies in order those its <c>schema_version</c> table does not list yet, recording each.
/// A database already at the newest is left as it is; one newer than this build knows is refused, naming both versions.
/// </summary>
internal static class MigrationRunner
{
    /// <summary>Applies what is missing of <paramref name="migrations"/>; <paramref name="where"/> names the database in messages.</summary>
    public static async Task RunAsync(
        DbConnection connection, SqlDialect dialect, IReadOnlyList<Migration> migrations, string where, CancellationToken cancellationToken)
    {
        var newest = Newest(migrations);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await dialect.LockSchemaAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, dialect, new SqlStatement(dialect.SchemaVersionTable), cancellationToken);
        await using (var read = new SqlStatement("SELECT COALESCE(MAX(version), 0) FROM schema_version").Command(connection, transaction, dialect))
        {
            var applied = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (applied > newest)
            {
                throw new InvalidOperationException(
                    $"The {dialect.Name} database {where} is at schema version {applied}, newer than this CaseFlow knows ({newest}): run a CaseFlow at least as new as the one that migrated it.");
            }

            foreach (var migration in migrations.Where(m => m.Version > applied))
            {
                if (migration.Sql.Length > 0)
                {
                    await ExecuteAsync(connection, transaction, dialect, new SqlStatement(migration.Sql), cancellationToken);
                }

                if (migration.Step is { } step)
                {
                    await step(connection, transaction, cancellationToken);
                }

                await ExecuteAsync(connection, transaction, dialect, new SqlStatement(
                    "INSERT INTO schema_version (version, description) VALUES (@version, @description)",
                    ("@version", migration.Version), ("@description", migration.Description)), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The newest version of a list numbered 1, 2, 3… without a gap (anything else is a bug in the list).</summary>
    public static int Newest(IReadOnlyList<Migration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {migrations[i].Version} is at place {i + 1}: migrations are numbered 1, 2, 3… in order, without a gap.");
            }
        }

        return migrations.Count;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, SqlStatement statement, CancellationToken cancellationToken)
    {
        await using var command = statement.Command(connection, transaction, dialect);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
