using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Host.Health;

/// <summary>
/// Logs each change of the service's readiness, and of each check's, once at Warning (Healthy → Degraded, Degraded → Healthy, …),
/// however often probes ask: a probe every few seconds would otherwise bury the one line that matters. A first reading that is
/// Healthy is not a change.
/// </summary>
internal sealed partial class HealthTransitions(ILogger<HealthTransitions> logger)
{
    private const string Overall = "ready";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HealthStatus> _last = new(StringComparer.Ordinal);

    /// <summary>Compares a report with the last one and logs what changed.</summary>
    public void Record(HealthReport report)
    {
        lock (_gate)
        {
            foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (Changed(name, entry.Status) is { } previous)
                {
                    CheckChanged(logger, name, previous, entry.Status, entry.Description ?? "", entry.Exception);
                }
            }

            if (Changed(Overall, report.Status) is { } before)
            {
                ReadinessChanged(logger, before, report.Status);
            }
        }
    }

    /// <summary>The status before, as text ("none" for a first reading), when this one differs and is worth a line; else null.</summary>
    private string? Changed(string name, HealthStatus status)
    {
        var known = _last.TryGetValue(name, out var previous);
        _last[name] = status;
        return known ? (previous == status ? null : previous.ToString()) : (status == HealthStatus.Healthy ? null : "none");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health: check {Check} went from {Previous} to {Status}: {Description}")]
    private static partial void CheckChanged(ILogger logger, string check, string previous, HealthStatus status, string description, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health: the service went from {Previous} to {Status} (/health/ready)")]
    private static partial void ReadinessChanged(ILogger logger, string previous, HealthStatus status);
}
