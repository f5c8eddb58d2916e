using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Startup;

/// <summary>Before the bus starts: creates the store's schema and publishes workflows.json; an invalid definition stops the service with every error.</summary>
internal sealed class DefinitionStartup(ICaseStore store, DefinitionRegistry registry, IOptions<CaseFlowOptions> options, ILogger<DefinitionStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitialiseAsync(cancellationToken);
        var path = options.Value.ResolveDefinitionPath();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The definition file was not found at {path}; set CaseFlow:Definition to the path of workflows.json", path);
        }

        var version = await registry.PublishAsync(await File.ReadAllTextAsync(path, cancellationToken), path, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Definition {Path} published as version {Version} ({Hash})", path, version, registry.Current.ContentHash[..12]);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
