using CaseFlow.Bench.Suite;
using CaseFlow.Host.Startup;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseFlow.Bench.Load;

/// <summary>
/// The real CaseFlow service as Host composes it (AddCaseFlow: SQLite store in a temporary file, definition, engine, consumers
/// on caseflow-commands), on the in-memory bus or on RabbitMQ in a fresh virtual host. Only logging is turned down to warnings.
/// </summary>
internal sealed class CaseFlowTarget : ILoadTarget
{
    private readonly IHost _host;
    private readonly string _database;
    private readonly RabbitMqVirtualHost? _vhost;

    private CaseFlowTarget(IHost host, string database, RabbitMqVirtualHost? vhost, BusTraffic traffic)
    {
        _host = host;
        _database = database;
        _vhost = vhost;
        Traffic = traffic;
        Channel = new BusCommandChannel(host.Services.GetRequiredService<IBus>());
    }

    public string System => "CaseFlow";

    public string Transport => _vhost is null ? "in-memory" : "RabbitMQ";

    public string Store => "SQLite (event history + snapshot + inbox)";

    public ICommandChannel Channel { get; }

    public BusTraffic Traffic { get; }

    public static async Task<CaseFlowTarget> StartAsync(bool rabbitMq)
    {
        var vhost = rabbitMq ? RabbitMqVirtualHost.Create("caseflow") : null;
        var database = Path.Combine(Path.GetTempPath(), $"caseflow-bench-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["CaseFlow:Database"] = database,
            ["CaseFlow:Transport"] = rabbitMq ? "RabbitMq" : "InMemory",
        };
        if (vhost is not null)
        {
            settings["CaseFlow:RabbitMq:Host"] = RabbitMqVirtualHost.Host;
            settings["CaseFlow:RabbitMq:VirtualHost"] = vhost.Name;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCaseFlow(builder.Configuration);
        var traffic = new BusTraffic();
        builder.Services.AddPublishObserver(_ => traffic);
        builder.Services.AddSendObserver(_ => traffic);
        var host = builder.Build();
        await host.StartAsync();
        return new CaseFlowTarget(host, database, vhost, traffic);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _vhost?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
