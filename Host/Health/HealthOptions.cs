using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Health;

/// <summary>How long a readiness check may take and where its warnings start (configuration section CaseFlow:Health).</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Health";

    /// <summary>
    /// The longest one check of <c>/health/ready</c> may take before it is reported as failed: a hung database or broker must not
    /// hang the probe (probes give up after a few seconds of their own).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30", ErrorMessage = "CaseFlow:Health:CheckTimeout must be between 00:00:00.100 and 00:00:30, e.g. 00:00:03")]
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The outbox messages not yet marked published above which the service reports itself degraded: more than a few seconds of
    /// traffic waiting means the broker or the relay is falling behind.
    /// </summary>
    [Range(1, 100_000_000, ErrorMessage = "CaseFlow:Health:OutboxBacklog must be between 1 and 100000000, e.g. 1000")]
    public long OutboxBacklog { get; set; } = 1000;

    /// <summary>
    /// How late the most overdue supervision timer may be before the service reports itself degraded: the pump fires timers every
    /// second or so, and one that failed is tried again after its claim lease (30 s), so minutes late means the pump is stuck.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "CaseFlow:Health:TimerLag must be between 00:00:01 and 1.00:00:00, e.g. 00:05:00")]
    public TimeSpan TimerLag { get; set; } = TimeSpan.FromMinutes(5);
}
