using Npgsql;

namespace CaseFlow.Host.Tests.Startup;

/// <summary>
/// An empty database of its own on the PostgreSQL server named by CASEFLOW_TEST_POSTGRES (test.sh starts a throwaway cluster and
/// sets it), dropped on dispose. Without the variable the test fails, saying how to start one; it is never skipped.
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private const string Variable = "CASEFLOW_TEST_POSTGRES";

    private PostgresTestDatabase(string server, string name)
    {
        Server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private string Server { get; }

    public string ConnectionString { get; }

    /// <summary>A fresh database on <paramref name="onServer"/>, or on the server test.sh starts (CASEFLOW_TEST_POSTGRES).</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(string? onServer = null)
    {
        var server = onServer ?? (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new AssertionException($"{Variable} is not set, so CaseFlow cannot be tested on PostgreSQL. Run ./test.sh (it starts a throwaway cluster on 127.0.0.1), or set {Variable} to a server's connection string."));
        var database = new PostgresTestDatabase(server, $"caseflow_host_test_{Guid.NewGuid():N}");
        await database.ExecuteAsync($"CREATE DATABASE {database.Name}");
        return database;
    }

    private string Name => new NpgsqlConnectionStringBuilder(ConnectionString).Database!;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var source = NpgsqlDataSource.Create(Server);
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
