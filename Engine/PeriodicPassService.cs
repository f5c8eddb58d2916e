using Microsoft.Extensions.Hosting;

namespace CaseFlow.Engine;

/// <summary>
/// A background pass run at start and then every interval until the service stops: a failed pass is reported and the next one
/// tries again. The timer pump and the outbox relay are such passes.
/// </summary>
/// <param name="time">The clock the interval is waited on.</param>
public abstract class PeriodicPassService(TimeProvider time) : BackgroundService
{
    /// <summary>The time between passes.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; returns how many things it did (0: nothing to report).</summary>
    protected abstract Task<int> RunPassAsync(CancellationToken cancellationToken);

    /// <summary>Reports a pass that did something.</summary>
    protected abstract void Done(int count);

    /// <summary>Reports a pass that failed.</summary>
    protected abstract void Failed(Exception exception);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunPassAsync(stoppingToken) is var count and > 0)
                {
                    Done(count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(e);
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
