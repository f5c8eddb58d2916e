using CaseFlow.Bench.Suite;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Startup;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseFlow.Bench.Load;

/// <summary>
/// The real CaseFlow service as Host composes it (AddCaseFlow: store, definition, engine, consumers on caseflow-commands, outbox
/// relay, timer pump), on the in-memory bus or on RabbitMQ in a fresh virtual host, over a SQLite file in a temporary folder or a
/// fresh PostgreSQL database. With several instances, each is a whole service of its own (its own bus connection, consumers, relay
/// and pump) in this process, sharing the broker's command queue and the database exactly as separate machines would; commands are
/// sent through the first. Only logging is turned down to warnings.
/// </summary>
internal sealed class CaseFlowTarget : ILoadTarget
{
    private readonly IReadOnlyList<IHost> _hosts;
    private readonly string _database;
    private readonly RabbitMqVirtualHost? _vhost;
    private readonly PostgresBenchDatabase? _postgres;

    private CaseFlowTarget(IReadOnlyList<IHost> hosts, string database, RabbitMqVirtualHost? vhost, PostgresBenchDatabase? postgres, BusTraffic traffic)
    {
        _hosts = hosts;
        _database = database;
        _vhost = vhost;
        _postgres = postgres;
        Traffic = traffic;
        Channel = new BusCommandChannel(hosts[0].Services.GetRequiredService<IBus>());
    }

    public string System => "CaseFlow";

    public string Transport => _vhost is null ? "in-memory" : "RabbitMQ";

    public string Store => _postgres is null
        ? "SQLite (event history + snapshot + inbox + outbox)"
        : $"PostgreSQL (event history + snapshot + inbox + outbox), {_hosts.Count} instance{(_hosts.Count == 1 ? "" : "s")}";

    public ICommandChannel Channel { get; }

    public BusTraffic Traffic { get; }

    public static async Task<CaseFlowTarget> StartAsync(bool rabbitMq, bool postgres = false, int instances = 1)
    {
        if (instances > 1 && !(rabbitMq && postgres))
        {
            throw new ArgumentException("several instances share work only over RabbitMQ and PostgreSQL", nameof(instances));
        }

        var vhost = rabbitMq ? RabbitMqVirtualHost.Create("caseflow") : null;
        var pg = postgres ? await PostgresBenchDatabase.CreateAsync() : null;
        var database = Path.Combine(Path.GetTempPath(), $"caseflow-bench-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["CaseFlow:Database"] = database,
            ["CaseFlow:Transport"] = rabbitMq ? "RabbitMq" : "InMemory",
            ["CaseFlow:Admin:WatchDefinition"] = "false",
        };
        if (vhost is not null)
        {
            settings["CaseFlow:RabbitMq:Host"] = RabbitMqVirtualHost.Host;
            settings["CaseFlow:RabbitMq:VirtualHost"] = vhost.Name;
            // The load is sent through the service's own bus, under its broker user: the bench's gateway, for every person's position.
            settings[$"CaseFlow:Bus:Senders:{RabbitMqVirtualHost.User}:Positions:0"] = SenderGrants.Everyone;
        }

        if (pg is not null)
        {
            settings["CaseFlow:Store"] = "Postgres";
            settings["CaseFlow:Postgres:ConnectionString"] = pg.ConnectionString;
        }

        var traffic = new BusTraffic();
        var hosts = new List<IHost>();
        for (var i = 0; i < instances; i++)
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder([]);
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddCaseFlow(builder.Configuration);
            builder.Services.AddPublishObserver(_ => traffic);
            builder.Services.AddSendObserver(_ => traffic);
            var host = builder.Build();
            await host.StartAsync();
            hosts.Add(host);
        }

        return new CaseFlowTarget(hosts, database, vhost, pg, traffic);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }

        _vhost?.Dispose();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
