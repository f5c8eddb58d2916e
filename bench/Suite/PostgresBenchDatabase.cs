using Npgsql;

namespace CaseFlow.Bench.Suite;

/// <summary>
/// A fresh database on the PostgreSQL server named by CASEFLOW_BENCH_POSTGRES (bench.sh starts a throwaway cluster on 127.0.0.1
/// with the server's default durability, fsync and synchronous commit on, and sets it), dropped afterwards.
/// </summary>
internal sealed class PostgresBenchDatabase : IAsyncDisposable
{
    public const string Variable = "CASEFLOW_BENCH_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    private PostgresBenchDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>The server's connection string, or a failure saying how to get one.</summary>
    public static string Server() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{Variable} is not set: run the benchmarks with ./bench.sh, which starts PostgreSQL on 127.0.0.1 and sets it (or set it to an Npgsql connection string)");

    public static async Task<PostgresBenchDatabase> CreateAsync()
    {
        var server = Server();
        var name = $"caseflow_bench_{Guid.NewGuid():N}"[..30];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new PostgresBenchDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            Console.Error.WriteLine($"CaseFlow.Bench: could not drop database {_name}: {e.Message}");
        }
    }
}
