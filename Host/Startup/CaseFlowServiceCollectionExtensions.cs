using CaseFlow.Engine;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using MassTransit;

namespace CaseFlow.Host.Startup;

/// <summary>Composes the service: options, store, engine and bus.</summary>
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
        services.AddCaseFlowEngine(SqliteCaseStore.ForFile(options.Database));
        services.AddHostedService<DefinitionStartup>();
        services.AddMassTransit(bus =>
        {
            bus.AddCaseFlowConsumers();
            bus.UsingInMemory((context, cfg) => cfg.ConfigureCaseFlowCommandEndpoint(context));
        });
        return services;
    }
}
