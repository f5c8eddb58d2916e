using CaseFlow.Engine;
using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Supervision;
using CaseFlow.Host.Configuration;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Startup;

/// <summary>Composes the service: options, store (with its accounts and record of disclosures), engine, bus, timer pump, outbox relay and pruning.</summary>
public static class CaseFlowServiceCollectionExtensions
{
    /// <summary>Adds everything CaseFlow needs, from the "CaseFlow" configuration section.</summary>
    public static IServiceCollection AddCaseFlow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CaseFlowOptions>()
            .Bind(configuration.GetSection(CaseFlowOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = configuration.GetSection(CaseFlowOptions.Section).Get<CaseFlowOptions>() ?? new CaseFlowOptions();
        services.AddOptions<ReporterOptions>()
            .Bind(configuration.GetSection(ReporterOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var reporter = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReporterOptions>>().Value;
            var keyFile = reporter.ResolvedKeyFile;
            var key = Engine.Reporting.ReporterLinks.ReadKeyText(SecretFiles.ReadOrCreate(keyFile, Engine.Reporting.ReporterLinks.NewKeyText, "reporter link key").Text, keyFile);
            return new Engine.Reporting.ReporterLinks(key, reporter.LinkBase);
        });
        services.AddOptions<PersonalDataOptions>().Bind(configuration.GetSection(PersonalDataOptions.Section));
        services.AddSingleton(Privacy.MasterKeySource.Vault);
        services.AddOptions<Engine.Cases.CaseStateCacheOptions>()
            .Bind(configuration.GetSection(Engine.Cases.CaseStateCacheOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddCaseFlowAttachments(configuration);
        services.AddCaseFlowEngine(CaseStoreFactory.Create(configuration));
        services.AddHostedService<DefinitionStartup>();
        services.AddSingleton(sp => sp.GetRequiredService<ICaseStore>() as IAccountStore
            ?? throw new InvalidOperationException($"{sp.GetRequiredService<ICaseStore>().GetType().Name} keeps no accounts"));
        services.AddSingleton(sp => sp.GetRequiredService<ICaseStore>() as IDisclosureLog
            ?? throw new InvalidOperationException($"{sp.GetRequiredService<ICaseStore>().GetType().Name} keeps no record of disclosures"));
        services.AddCaseFlowBusSenders(configuration, options);
        services.AddOptions<RabbitMqOptions>()
            .Bind(configuration.GetSection(RabbitMqOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var rabbit = configuration.GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        services.AddMassTransit(bus =>
        {
            bus.AddCaseFlowConsumers();
            if (options.Transport == CaseFlowOptions.RabbitMqTransport)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
                    {
                        host.Username(rabbit.Username);
                        host.Password(rabbit.Password);
                    });
                    // What the service sends carries its broker user, as every sender's must (its own demo's commands among them).
                    cfg.UseBrokerUserId(rabbit.Username);
                    cfg.ConfigureCaseFlowCommandEndpoint(context, endpoint =>
                    {
                        if (rabbit.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator queue)
                        {
                            queue.SetQuorumQueue();
                        }
                    });
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureCaseFlowCommandEndpoint(context));
            }
        });

        // Start serving only once every receive endpoint is bound: a command published earlier would find no queue.
        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
        });

        // After the bus: the supervision steps the pump records are published like any other.
        services.AddOptions<TimerPumpOptions>()
            .Bind(configuration.GetSection(TimerPumpOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddCaseFlowTimerPump();
        services.AddOptions<CaseFlow.Engine.Outbox.OutboxOptions>()
            .Bind(configuration.GetSection(CaseFlow.Engine.Outbox.OutboxOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddCaseFlowOutboxRelay();
        services.AddOptions<CaseFlow.Engine.Retention.RetentionOptions>()
            .Bind(configuration.GetSection(CaseFlow.Engine.Retention.RetentionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddCaseFlowRetention();
        services.AddOptions<PagingOptions>()
            .Bind(configuration.GetSection(PagingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BriefOptions>()
            .Bind(configuration.GetSection(BriefOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CaseFlow.Host.Briefs.BriefPdf>();
        return services;
    }

    /// <summary>
    /// Who may send commands on the bus (CaseFlow:Bus:Senders), validated at start-up; on the in-memory bus with none configured,
    /// the embedded default's in-process senders (<see cref="BusOptions.InMemoryDefaults"/>).
    /// </summary>
    private static void AddCaseFlowBusSenders(this IServiceCollection services, IConfiguration configuration, CaseFlowOptions options)
    {
        services.AddSingleton<IValidateOptions<BusOptions>, BusOptionsValidation>();
        services.AddOptions<BusOptions>()
            .Bind(configuration.GetSection(BusOptions.Section))
            .PostConfigure(bus =>
            {
                if (bus.Senders.Count == 0 && options.Transport == CaseFlowOptions.InMemoryTransport)
                {
                    bus.UseInMemoryDefaults();
                }
            })
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BusOptions>>().Value.ToSenders());
        services.AddHostedService<BusSendersStartup>();
    }
}
