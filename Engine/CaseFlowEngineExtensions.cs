using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Migration;
using CaseFlow.Engine.Supervision;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseFlow.Engine;

/// <summary>Registers the engine's services and consumers.</summary>
public static class CaseFlowEngineExtensions
{
    /// <summary>The queue every inbound command is consumed from.</summary>
    public const string CommandQueue = "caseflow-commands";

    /// <summary>
    /// Adds the case service, definition registry, case migrator, audit, timer pump and outbound publisher; the stores are given by
    /// the caller (the definition store defaults to the case store, which the SQLite store is).
    /// </summary>
    public static IServiceCollection AddCaseFlowEngine(this IServiceCollection services, ICaseStore store, IDefinitionStore? definitions = null)
    {
        // The engine never starts with an effect, a trigger or a guard field the catalogue names but nobody implements, or the reverse.
        CaseEffects.EnsureMatchesCatalogue();
        CaseTriggers.EnsureMatchesCatalogue();
        CaseFacts.EnsureMatchesCatalogue();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(store);

        // The one store seen by concern: a class asks for the narrowest of these it needs.
        services.AddSingleton<IEventStore>(store);
        services.AddSingleton<ITimerStore>(store);
        services.AddSingleton<IOutboxStore>(store);
        services.AddSingleton<ICaseQueries>(store);
        services.AddSingleton(definitions ?? store as IDefinitionStore
            ?? throw new ArgumentException($"{store?.GetType().Name} does not keep definition versions; pass an {nameof(IDefinitionStore)} as well", nameof(definitions)));
        services.AddSingleton<DefinitionRegistry>();
        services.AddSingleton<IOutboundPublisher, BusOutboundPublisher>();
        // Nobody may send commands on the bus until the host says who may (CaseFlow:Bus:Senders).
        services.TryAddSingleton(BusSenders.None);
        services.TryAddSingleton<EngineInstance>();
        services.AddOptions<Outbox.OutboxOptions>();
        services.AddOptions<CaseStateCacheOptions>();
        // One cache for every writer in the process: what the migrator or the recomputer appends, they evict from it.
        services.TryAddSingleton(sp => new CaseStateCache(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<CaseStateCacheOptions>>().Value.StateCacheSize));
        // The host gives the master keys; without them (tests, tools) a key for this process alone.
        services.TryAddSingleton(sp => Privacy.PersonalDataVault.Ephemeral(sp.GetRequiredService<ICaseStore>()));
        // The host gives the attachments' store; without it (tests, tools) the store's own or a folder for this process alone.
        services.TryAddSingleton(sp => Attachments.AttachmentStores.EphemeralFor(sp.GetRequiredService<ICaseStore>(), sp.GetRequiredService<Privacy.PersonalDataVault>()));
        services.AddSingleton(sp => new Outbox.CaseOutbox(
            sp.GetRequiredService<ICaseStore>(),
            sp.GetRequiredService<IOutboundPublisher>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Outbox.OutboxOptions>>(),
            sp.GetRequiredService<EngineInstance>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Outbox.CaseOutbox>>(),
            sp.GetRequiredService<Privacy.PersonalDataVault>()));
        services.AddSingleton(sp => new CaseService(
            sp.GetRequiredService<ICaseStore>(),
            sp.GetRequiredService<DefinitionRegistry>(),
            sp.GetRequiredService<IOutboundPublisher>(),
            sp.GetRequiredService<Outbox.CaseOutbox>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<CaseService>>(),
            sp.GetService<Reporting.ReporterLinks>() ?? Reporting.ReporterLinks.Ephemeral(),
            sp.GetRequiredService<Privacy.PersonalDataVault>(),
            sp.GetRequiredService<CaseStateCache>(),
            sp.GetRequiredService<Attachments.AttachmentService>()));
        services.AddSingleton<TriggerNames>();
        services.AddSingleton<Audit.CaseAudit>();
        services.AddSingleton(sp => sp.GetRequiredService<DefinitionRegistry>().Calendars);
        services.AddSingleton<Calendars.DeadlineRecomputer>();
        services.AddSingleton<TimerPump>();
        services.AddSingleton(sp => new CaseMigrator(
            sp.GetRequiredService<ICaseStore>(),
            sp.GetRequiredService<DefinitionRegistry>(),
            sp.GetRequiredService<Outbox.CaseOutbox>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<CaseMigrator>>(),
            sp.GetRequiredService<CaseStateCache>()));
        return services;
    }

    /// <summary>
    /// Runs the timer pump as a hosted service; register it after the bus, so that the steps it records can be published.
    /// Its interval comes from <see cref="TimerPumpOptions"/> (bound and validated by the host).
    /// </summary>
    public static IServiceCollection AddCaseFlowTimerPump(this IServiceCollection services)
    {
        services.AddOptions<TimerPumpOptions>();
        services.AddHostedService<TimerPumpService>();
        return services;
    }

    /// <summary>
    /// Runs the outbox relay as a hosted service (register it after the bus): it publishes what an instance stored but did not
    /// publish, and batches the marks of what it did. Its timing comes from <see cref="Outbox.OutboxOptions"/> (bound by the host).
    /// </summary>
    public static IServiceCollection AddCaseFlowOutboxRelay(this IServiceCollection services)
    {
        services.AddOptions<Outbox.OutboxOptions>();
        services.AddHostedService<Outbox.OutboxRelayService>();
        return services;
    }

    /// <summary>
    /// Prunes sent outbox messages and inbox entries after their retention periods, as a hosted service (see
    /// <see cref="Retention.RetentionOptions"/>, bound by the host; an inbox period shorter than a redelivery can take is refused).
    /// </summary>
    public static IServiceCollection AddCaseFlowRetention(this IServiceCollection services)
    {
        services.AddOptions<Retention.RetentionOptions>();
        services.AddOptions<Outbox.OutboxOptions>();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<Retention.RetentionOptions>, Retention.RetentionOptionsValidation>();
        services.AddSingleton<Retention.StorePruner>();
        services.AddHostedService<Retention.RetentionService>();
        return services;
    }

    /// <summary>Registers a consumer for every command contract.</summary>
    public static void AddCaseFlowConsumers(this IRegistrationConfigurator configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        foreach (var type in CommandMapper.CommandTypes)
        {
            configurator.AddConsumer(typeof(CaseCommandConsumer<>).MakeGenericType(type));
        }
    }

    /// <summary>How many times a command is tried again while the store is unreachable (exponential back-off, 0.1 s to 5 s: about a minute).</summary>
    public const int StoreRetryLimit = 16;

    /// <summary>The longest wait between two of those tries.</summary>
    public static readonly TimeSpan StoreRetryMaxInterval = TimeSpan.FromSeconds(5);

    /// <summary>The longest a command's retries in place can last: every try waiting the longest interval.</summary>
    public static TimeSpan StoreRetryWindow => StoreRetryLimit * StoreRetryMaxInterval;

    /// <summary>The largest command body the command queue accepts (256 KiB): a case's text, never a file.</summary>
    public const long MaxCommandBytes = 256 * 1024;

    /// <summary>
    /// Binds every command consumer to the command queue. Each command acts in a position its sender holds (<see cref="BusSenders"/>,
    /// registered by the host). A message that is malformed, of an unknown type or too large, or refused because of who sent it, is
    /// answered with a rejection and moved to the error queue (caseflow-commands_error) with the reason in its headers.
    /// </summary>
    /// <param name="configurator">The bus being configured.</param>
    /// <param name="context">The registration context (consumers, services).</param>
    /// <param name="endpointSettings">Transport-specific settings for the queue (e.g. a quorum queue on RabbitMQ), applied first.</param>
    public static void ConfigureCaseFlowCommandEndpoint(this IBusFactoryConfigurator configurator, IBusRegistrationContext context, Action<IReceiveEndpointConfigurator>? endpointSettings = null)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        configurator.ReceiveEndpoint(CommandQueue, endpoint =>
        {
            endpointSettings?.Invoke(endpoint);
            endpoint.ConfigureReceive(receive => receive.UseFilter(new BodySizeLimitFilter(MaxCommandBytes, context)));
            endpoint.ConfigureDeadLetter(deadLetter => deadLetter.UseFilter(new UnknownMessageTypeFilter(context)));
            endpoint.ConfigureError(error => CommandErrorPipe.Configure(error, context));

            // The store being away for a moment (a database restart or fail-over, a locked SQLite file) is waited out: the command
            // is tried again in place, its inbox entry making a retry after a commit harmless. Anything else fails at once.
            endpoint.UseMessageRetry(retry =>
            {
                retry.Handle<System.Data.Common.DbException>();
                retry.Handle<TimeoutException>();
                retry.Exponential(StoreRetryLimit, TimeSpan.FromMilliseconds(100), StoreRetryMaxInterval, TimeSpan.FromMilliseconds(250));
            });
            foreach (var type in CommandMapper.CommandTypes)
            {
                endpoint.ConfigureConsumer(context, typeof(CaseCommandConsumer<>).MakeGenericType(type));
            }
        });
    }
}
