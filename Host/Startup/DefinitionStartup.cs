using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using CaseFlow.Workflows.Loading;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Startup;

/// <summary>
/// Before the bus starts: creates the store's schema, makes current the version the store last made current, and publishes the
/// definition file when it changed since it was last published from that path (or when nothing is published yet). A file that is
/// unchanged leaves current whatever was published since (through the admin API or the publish verb). An invalid file stops the
/// service with every error.
/// </summary>
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

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var hasCurrent = await registry.LoadCurrentAsync(cancellationToken);
        if (hasCurrent && await registry.LastPublishedFromAsync(Path.GetFullPath(path), cancellationToken) == DefinitionLoader.ContentHash(text))
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Definition {Path} is unchanged since it was published; version {Version} ({Hash}) stays current", path, registry.CurrentVersion, registry.Current.ContentHash[..12]);
            }

            WarnOfUndeclaredYears(path);
            return;
        }

        var publication = await registry.PublishAsync(text, PublicationOrigin.File(path, "caseflow (start)"), cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Definition {Path} published as version {Version} ({Hash}){New}", path, publication.Version.Number, registry.Current.ContentHash[..12], publication.Created ? ", a new version" : "");
        }

        WarnOfUndeclaredYears(path);
    }

    /// <summary>Deadlines in a year without its holidays are provisional; say so while there is time to publish them.</summary>
    private void WarnOfUndeclaredYears(string path)
    {
        if (registry.Calendars.Current.ForNewDeadlines(registry.Current) is not { Calendar: { } calendar } current)
        {
            return;
        }

        var year = calendar.Local(time.GetUtcNow()).Year;
        foreach (var undeclared in new[] { year, year + 1 }.Where(y => !calendar.Declares(y)))
        {
            logger.LogWarning(
                "Calendar version {CalendarVersion} (first taken from {Path}) declares no holidays for {Year}: deadlines in {Year} count the working week only and are provisional until a calendar declaring it is published. Publish the year's State Council holiday arrangement (POST /admin/calendar/publish or the publish-calendar verb).",
                current.Version,
                path,
                undeclared,
                undeclared);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
