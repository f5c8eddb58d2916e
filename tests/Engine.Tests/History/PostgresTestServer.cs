using Npgsql;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// The PostgreSQL server the tests run against, named by CASEFLOW_TEST_POSTGRES (a connection string that test.sh sets after
/// starting a throwaway cluster); each test gets a database of its own, dropped afterwards. A missing server fails the test, never skips it.
/// </summary>
internal static class PostgresTestServer
{
    public const string Variable = "CASEFLOW_TEST_POSTGRES";

    /// <summary>The pg_ctl command for the throwaway cluster (append "restart -m fast"), when test.sh started one.</summary>
    public const string ControlVariable = "CASEFLOW_TEST_POSTGRES_CTL";

    /// <summary>The server's connection string; fails the test, saying how to start one, when it is not set.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new AssertionException(
                $"{Variable} is not set, so the PostgreSQL store cannot be tested. Run ./test.sh (it starts a throwaway cluster on 127.0.0.1), " +
                $"or start one in your shell with `log() {{ echo \"$*\"; }}; . scripts/ensure-postgres.sh && ensure_postgres`, " +
                $"or set {Variable} to a server's connection string, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=…");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"caseflow_test_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(ConnectionString))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {name}");
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name, IncludeErrorDetail = true }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, whoever is still connected to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = NpgsqlDataSource.Create(ConnectionString);
        await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}
