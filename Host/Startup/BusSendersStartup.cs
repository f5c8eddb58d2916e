using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Startup;

/// <summary>
/// Once the definition is loaded and before the bus starts: checks every sender's positions (CaseFlow:Bus:Senders) against the
/// organisation — a configured position it does not declare stops the service, naming the setting; one of the in-memory defaults
/// is only warned about — and logs who may send as what.
/// </summary>
internal sealed partial class BusSendersStartup(BusSenders senders, IOptions<BusOptions> options, DefinitionRegistry registry, ILogger<BusSendersStartup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var errors = senders.Check(registry.Current).Select(e => $"{BusOptions.Section}:Senders:{e.Sender}:Positions:{e.Index} {e.Error}").ToList();
        if (errors.Count > 0 && !options.Value.UsesInMemoryDefaults)
        {
            throw new OptionsValidationException(BusOptions.Section, typeof(BusOptions), errors);
        }

        foreach (var error in errors)
        {
            DefaultUnmatched(logger, error);
        }

        foreach (var (sender, positions) in senders.Grants.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Sender(logger, sender, positions);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The in-memory bus's default sender cannot act as the definition stands: {Error}")]
    private static partial void DefaultUnmatched(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bus sender {Sender} may act as {Positions}")]
    private static partial void Sender(ILogger logger, string sender, IReadOnlyList<string> positions);
}
