using CaseFlow.Engine.History;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Health;

/// <summary>
/// Supervision timers fire on time: the most overdue timer still stored (a fired timer is removed in the transaction that records
/// its step) is late by no more than CaseFlow:Health:TimerLag. Over it deadlines are being missed silently, so the service is degraded.
/// </summary>
internal sealed class TimerLagCheck(ITimerStore timers, TimeProvider time, IOptions<HealthOptions> options) : BoundedCheck(options)
{
    protected override string Subject => "the supervision timers";

    protected override async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var threshold = Settings.TimerLag;
        if ((await timers.ReadDueTimersAsync(now, 1, cancellationToken)) is not [var oldest])
        {
            return HealthCheckResult.Healthy("no supervision timer is due and unfired");
        }

        var lag = now - oldest.DueAt;
        return lag > threshold
            ? HealthCheckResult.Degraded($"timer lag {Text(lag)}: the most overdue supervision timer fell due at {oldest.DueAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z and has not fired, over the threshold {Text(threshold)} (CaseFlow:Health:TimerLag); the timer pump should fire due timers within seconds")
            : HealthCheckResult.Healthy($"timer lag {Text(lag)}, within the threshold {Text(threshold)}");
    }

    private static string Text(TimeSpan span) => span.ToString(span >= TimeSpan.FromDays(1) ? @"d\.hh\:mm\:ss" : @"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
}
