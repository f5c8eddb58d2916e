using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Outbox;

/// <summary>
/// Runs the outbox relay: at start (messages left unsent by an instance that stopped or died are published then, once their grace has
/// passed) and every interval after; writes the marks of fast-path publications in batches while it runs and flushes them on stop.
/// </summary>
public sealed partial class OutboxRelayService(CaseOutbox outbox, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxRelayService> logger)
    : BackgroundService
{
    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        outbox.MarkInBackground(true);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        outbox.MarkInBackground(false);
        try
        {
            await outbox.FlushMarksAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unmarked messages are published again by a relay after their grace: a duplicate with the same message id, not a loss.
            PassFailed(logger, e);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var relayed = await outbox.RelayAsync(stoppingToken);
                if (relayed > 0)
                {
                    Relayed(logger, relayed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                PassFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.Value.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay: {Relayed} message(s) published that their instance had not")]
    private static partial void Relayed(ILogger logger, int relayed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay: a pass failed; the next pass tries again")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
