using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Supervision;

/// <summary>Runs the timer pump at start (timers that fell due while the service was down fire then) and every interval after.</summary>
public sealed partial class TimerPumpService(TimerPump pump, TimeProvider time, IOptions<TimerPumpOptions> options, ILogger<TimerPumpService> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var recorded = await pump.FireDueAsync(stoppingToken);
                if (recorded > 0)
                {
                    Fired(logger, recorded);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer pump: {Recorded} supervision step(s) recorded")]
    private static partial void Fired(ILogger logger, int recorded);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer pump: a pass failed; the next pass tries again")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
