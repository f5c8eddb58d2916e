using CaseFlow.Bench.Load;
using CaseFlow.Bench.Peer.Sqlite;
using CaseFlow.Bench.Suite;
using CaseFlow.Workflows.Compilation;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseFlow.Bench.Peer;

/// <summary>
/// The peer service: the saga state machine on its own queue, with the retry and in-memory outbox a MassTransit team would put in
/// front of a saga (replies and events leave only after the saga is saved), on the in-memory bus or RabbitMQ, with its instances in
/// SQLite (durable, like CaseFlow's store) or in MassTransit's in-memory repository (nothing survives a restart).
/// </summary>
internal sealed class PeerTarget : ILoadTarget
{
    public const string Queue = "peer-cases";

    private readonly IHost _host;
    private readonly RabbitMqVirtualHost? _vhost;
    private readonly SqliteSagaStore<PeerCase>? _store;

    private PeerTarget(IHost host, RabbitMqVirtualHost? vhost, SqliteSagaStore<PeerCase>? store, BusTraffic traffic)
    {
        _host = host;
        _vhost = vhost;
        _store = store;
        Traffic = traffic;
        Channel = new BusCommandChannel(host.Services.GetRequiredService<IBus>());
    }

    public string System => "MassTransit saga (peer)";

    public string Transport => _vhost is null ? "in-memory" : "RabbitMQ";

    public string Store => _store is null ? "in-memory saga repository (not durable)" : "SQLite saga table (one row per case)";

    public ICommandChannel Channel { get; }

    public BusTraffic Traffic { get; }

    /// <summary>Sagas stored, when the repository is SQLite: a check that the durable repository really was the one used.</summary>
    public Task<long> StoredSagasAsync() => _store?.CountAsync() ?? Task.FromResult(-1L);

    public static async Task<PeerTarget> StartAsync(CompiledDefinition definition, bool rabbitMq, bool durable)
    {
        var vhost = rabbitMq ? RabbitMqVirtualHost.Create("peer") : null;
        var store = durable ? new SqliteSagaStore<PeerCase>(Path.Combine(Path.GetTempPath(), $"caseflow-bench-peer-{Guid.NewGuid():N}.db")) : null;
        if (store is not null)
        {
            await store.InitialiseAsync();
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new PeerRouting(definition));
        var traffic = new BusTraffic();
        builder.Services.AddPublishObserver(_ => traffic);
        builder.Services.AddSendObserver(_ => traffic);
        builder.Services.AddMassTransit(bus =>
        {
            var saga = bus.AddSagaStateMachine<PeerCaseMachine, PeerCase>();
            if (store is null)
            {
                saga.InMemoryRepository();
            }
            else
            {
                saga.Repository(r =>
                {
                    r.AddSingleton(store);
                    r.RegisterSagaRepository<PeerCase, SqliteSagaSession<PeerCase>, SagaConsumeContextFactory<SqliteSagaSession<PeerCase>, PeerCase>, SqliteSagaRepositoryContextFactory<PeerCase>>();
                });
            }

            void Endpoint(IBusRegistrationContext context, IReceiveEndpointConfigurator e)
            {
                e.UseMessageRetry(r => r.Immediate(5));
                e.UseInMemoryOutbox(context);
                e.ConfigureSaga<PeerCase>(context);
            }

            if (vhost is null)
            {
                bus.UsingInMemory((context, cfg) => cfg.ReceiveEndpoint(Queue, e => Endpoint(context, e)));
            }
            else
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(RabbitMqVirtualHost.Host, 5672, vhost.Name, h =>
                    {
                        h.Username(RabbitMqVirtualHost.User);
                        h.Password(RabbitMqVirtualHost.User);
                    });
                    cfg.ReceiveEndpoint(Queue, e => Endpoint(context, e));
                });
            }
        });
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = true);
        var host = builder.Build();
        await host.StartAsync();
        return new PeerTarget(host, vhost, store, traffic);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _vhost?.Dispose();
        if (_store is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _store.Path, _store.Path + "-wal", _store.Path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
