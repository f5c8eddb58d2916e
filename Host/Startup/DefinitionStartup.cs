using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Startup;

/// <summary>Before the bus starts: creates the store's schema and publishes workflows.json; an invalid definition stops the service with every error.</summary>
internal sealed class DefinitionStartup(ICaseStore store, DefinitionRegistry registry, IOptions<CaseFlowOptions> options, TimeProvider time, ILogger<DefinitionStartup> logger)
    : IHostedService
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

        WarnOfUndeclaredYears(path);
    }

    /// <summary>Deadlines in a year without its holidays count the working week only; say so while there is time to add them.</summary>
    private void WarnOfUndeclaredYears(string path)
    {
        if (registry.Current.Calendar is not { } calendar)
        {
            return;
        }

        var year = calendar.Local(time.GetUtcNow()).Year;
        foreach (var undeclared in new[] { year, year + 1 }.Where(y => !calendar.Declares(y)))
        {
            logger.LogWarning(
                "The calendar in {Path} declares no holidays for {Year}: deadlines in {Year} count the working week only. Add the year's State Council holiday arrangement (public holidays and make-up workdays).",
                path,
                undeclared,
                undeclared);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
