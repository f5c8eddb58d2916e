using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Supervision;

/// <summary>Runs the timer pump at start (timers that fell due while the service was down fire then) and every interval after.</summary>
public sealed partial class TimerPumpService(TimerPump pump, TimeProvider time, IOptions<TimerPumpOptions> options, ILogger<TimerPumpService> logger)
    : PeriodicPassService(time)
{
    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.Interval;

    /// <inheritdoc />
    protected override Task<int> RunPassAsync(CancellationToken cancellationToken) => pump.FireDueAsync(cancellationToken);

    /// <inheritdoc />
    protected override void Done(int count) => Fired(logger, count);

    /// <inheritdoc />
    protected override void Failed(Exception exception) => PassFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer pump: {Recorded} supervision step(s) recorded")]
    private static partial void Fired(ILogger logger, int recorded);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer pump: a pass failed; the next pass tries again")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
