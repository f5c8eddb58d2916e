using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Configuration;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Loading;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Admin;

/// <summary>
/// Publishes the definition file again when it changes while the service runs. It polls (every <see cref="AdminOptions.WatchInterval"/>)
/// rather than trusting file-system events, so that editors that save by writing a new file and renaming it over the old one are
/// seen too; a change is published once the content has held still for one interval. An invalid change is logged with every error
/// and the running version keeps serving. Each poll also adopts the version the store says is current, so a publication by another
/// instance or by the publish verb reaches this one.
/// </summary>
internal sealed class DefinitionFileWatcher(
    DefinitionRegistry registry, IOptions<CaseFlowOptions> options, IOptions<AdminOptions> admin, ILogger<DefinitionFileWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!admin.Value.WatchDefinition)
        {
            return;
        }

        var path = options.Value.ResolveDefinitionPath();
        var handled = await registry.LastPublishedFromAsync(Path.GetFullPath(path), stoppingToken);
        string? pending = null;
        AdminLog.Watching(logger, path, admin.Value.WatchInterval);
        using var timer = new PeriodicTimer(admin.Value.WatchInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await registry.LoadCurrentAsync(stoppingToken);
                if (await TryReadAsync(path, stoppingToken) is not { } text)
                {
                    continue;
                }

                var hash = DefinitionLoader.ContentHash(text);
                if (hash == handled)
                {
                    pending = null;
                }
                else if (hash != pending)
                {
                    pending = hash;
                }
                else
                {
                    handled = hash;
                    pending = null;
                    await PublishAsync(path, text, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                AdminLog.WatchFailed(logger, path, e);
            }
        }
    }

    private async Task PublishAsync(string path, string text, CancellationToken cancellationToken)
    {
        try
        {
            var publication = await registry.PublishAsync(text, PublicationOrigin.File(path, "caseflow (file change)"), cancellationToken);
            AdminLog.Republished(logger, path, publication.Version.Number, publication.Created ? "a new version" : "a version stored before");
        }
        catch (InvalidDefinitionException e)
        {
            AdminLog.ChangeRefused(logger, path, registry.CurrentVersion, e.Errors.Count, string.Join(Environment.NewLine, e.Errors.Select(x => "  " + x)));
        }
    }

    // A file caught between an editor's delete and rename, or locked mid-write, is simply read again at the next poll.
    private static async Task<string?> TryReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
