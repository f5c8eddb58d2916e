using CaseFlow.Bench.Load;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseFlow.Bench.Embedded;

/// <summary>
/// The service as Host composes it (AddCaseFlow: the store, the definition, the case service, the outbox relay, the timer pump) on a
/// fresh SQLite file with synchronous FULL, started, with the bus's publisher replaced by one that only counts: the commands go
/// straight to the <see cref="CaseService"/>, so what is measured is the engine and its durable store, not a transport.
/// </summary>
internal sealed class EmbeddedEngine : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _database;

    private EmbeddedEngine(IHost host, string database, CountingPublisher publisher)
    {
        _host = host;
        _database = database;
        Publisher = publisher;
        Channel = new CaseServiceChannel(host.Services.GetRequiredService<CaseService>(), host.Services.GetRequiredService<TimeProvider>());
    }

    public ICommandChannel Channel { get; }

    public CountingPublisher Publisher { get; }

    /// <summary>Transactions the store has committed that held appends (with group commit, one per batch of appends).</summary>
    public long Commits => ((RelationalCaseStore)_host.Services.GetRequiredService<ICaseStore>()).Committer.Commits;

    /// <summary>The store file the engine writes.</summary>
    public string Database => _database;

    /// <summary>The engine's services (the case service, the definitions, the state cache).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>The engine as Host composes it; <paramref name="settings"/> add to or override the embedded defaults.</summary>
    public static async Task<EmbeddedEngine> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = Path.Combine(Path.GetTempPath(), $"caseflow-bench-embedded-{Guid.NewGuid():N}.db");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["CaseFlow:Database"] = database,
            // The default, said out loud: every goal is measured with each commit on disk before the command is answered.
            ["CaseFlow:Sqlite:Synchronous"] = "Full",
            ["CaseFlow:Transport"] = "InMemory",
            ["CaseFlow:Admin:WatchDefinition"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddCaseFlow(builder.Configuration);
        var publisher = new CountingPublisher();

        // Registered after AddCaseFlow, so it is the publisher the case service and its outbox are given.
        builder.Services.AddSingleton<IOutboundPublisher>(publisher);
        var host = builder.Build();
        await host.StartAsync();
        return new EmbeddedEngine(host, database, publisher);
    }

    /// <summary>Events in the file, counted by a connection of its own.</summary>
    public async Task<long> StoredEventsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM events";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
