using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Outbox;

/// <summary>
/// Runs the outbox relay: at start (messages left unsent by an instance that stopped or died are published then, once their grace has
/// passed) and every interval after; writes the marks of fast-path publications in batches while it runs and flushes them on stop.
/// </summary>
public sealed partial class OutboxRelayService(CaseOutbox outbox, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxRelayService> logger)
    : PeriodicPassService(time)
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
    protected override TimeSpan Interval => options.Value.Interval;

    /// <inheritdoc />
    protected override Task<int> RunPassAsync(CancellationToken cancellationToken) => outbox.RelayAsync(cancellationToken);

    /// <inheritdoc />
    protected override void Done(int count) => Relayed(logger, count);

    /// <inheritdoc />
    protected override void Failed(Exception exception) => PassFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay: {Relayed} message(s) published that their instance had not")]
    private static partial void Relayed(ILogger logger, int relayed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay: a pass failed; the next pass tries again")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
