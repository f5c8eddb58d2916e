using CaseFlow.Engine.History.Relational;
using Npgsql;

namespace CaseFlow.Engine.History;

/// <summary>
/// The PostgreSQL schema: <see cref="InitialiseAsync"/> runs the numbered migrations (<see cref="PostgresMigrations"/>) under an
/// advisory lock, so several instances starting at once migrate the database once.
/// </summary>
public sealed partial class PostgresCaseStore
{
    /// <summary>The schema version this build migrates a database to.</summary>
    public static int SchemaVersion => MigrationRunner.Newest(PostgresMigrations.All);

    /// <inheritdoc />
    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"Cannot open the PostgreSQL database {Describe()}: {e.Message}. Check that the server is running and that the connection string names it.", e);
        }

        await using (connection)
        {
            await MigrationRunner.RunAsync(connection, Dialect, PostgresMigrations.All, Describe(), cancellationToken);
        }

        await RebuildAssessmentAsync(cancellationToken: cancellationToken);
    }

    /// <summary>Where the store points, for messages: host, port, database and user, never the password.</summary>
    private string Describe()
    {
        var settings = new NpgsqlConnectionStringBuilder(_dataSource.ConnectionString);
        return $"'{settings.Database ?? settings.Username}' at {settings.Host}:{settings.Port} as user '{settings.Username}'";
    }
}
