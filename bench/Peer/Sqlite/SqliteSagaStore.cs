using System.Text.Json;
using MassTransit;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Bench.Peer.Sqlite;

/// <summary>
/// A durable saga table in one SQLite file, set up as CaseFlow's store is by default (WAL, synchronous FULL: a message is acknowledged
/// only once its saga's row is on disk; pooled connections): one row per saga, its state as JSON, with a version for optimistic
/// concurrency. MassTransit's EF Core and Dapper repositories are not available here, so this stands in for them.
/// </summary>
public sealed class SqliteSagaStore<TSaga>(string path)
    where TSaga : class, ISaga, ISagaVersion
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();

    public string Path { get; } = path;

    public async Task InitialiseAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS sagas (correlation_id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
            """;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sagas";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<SqliteSagaSession<TSaga>> OpenSessionAsync(CancellationToken cancellationToken) =>
        new(await OpenAsync(cancellationToken));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}

/// <summary>One message's use of the saga table: load a saga, then insert, update (only if nobody else did first) or delete it.</summary>
public sealed class SqliteSagaSession<TSaga>(SqliteConnection connection) : IAsyncDisposable
    where TSaga : class, ISaga, ISagaVersion
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TSaga?> LoadAsync(Guid correlationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, data FROM sagas WHERE correlation_id = $id";
        command.Parameters.AddWithValue("$id", correlationId.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var saga = JsonSerializer.Deserialize<TSaga>(reader.GetString(1), Json)!;
        saga.Version = reader.GetInt32(0);
        return saga;
    }

    public async Task InsertAsync(TSaga saga, CancellationToken cancellationToken)
    {
        saga.Version = 1;
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO sagas (correlation_id, version, data) VALUES ($id, 1, $data)";
        command.Parameters.AddWithValue("$id", saga.CorrelationId.ToString());
        command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(saga, Json));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task UpdateAsync(TSaga saga, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE sagas SET version = $version + 1, data = $data WHERE correlation_id = $id AND version = $version";
        command.Parameters.AddWithValue("$id", saga.CorrelationId.ToString());
        command.Parameters.AddWithValue("$version", saga.Version);
        command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(saga, Json));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new SagaConflictException(saga.CorrelationId, saga.Version);
        }

        saga.Version++;
    }

    public async Task DeleteAsync(TSaga saga, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM sagas WHERE correlation_id = $id";
        command.Parameters.AddWithValue("$id", saga.CorrelationId.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

/// <summary>Another message updated the saga first; the retry filter runs the message again on the fresh row.</summary>
public sealed class SagaConflictException(Guid correlationId, int version)
    : Exception($"saga {correlationId} is no longer at version {version}");
