using CaseFlow.Host.Configuration;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Health;

/// <summary>
/// The bus is connected: MassTransit's own view of the bus and its receive endpoints (what its "masstransit-bus" check reports). Any
/// endpoint not ready makes the service unready, not degraded: MassTransit calls a bus whose broker is away "degraded", but then no
/// command arrives on the bus and nothing is published. Endpoints are named by queue only, CaseFlow's own by name and the bus's
/// temporary one (named after the machine) just counted, so no broker address or host name reaches an anonymous probe.
/// </summary>
internal sealed class BusCheck(IBusControl bus, IOptions<CaseFlowOptions> service, IOptions<HealthOptions> options) : BoundedCheck(options)
{
    protected override string Subject => $"the {service.Value.Transport} bus";

    protected override Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var health = bus.CheckHealth();
        var transport = service.Value.Transport;
        var notReady = health.Endpoints.Where(e => e.Value.Status != BusHealthStatus.Healthy).Select(e => e.Key).ToList();
        return Task.FromResult(health.Status == BusHealthStatus.Healthy && notReady.Count == 0
            ? HealthCheckResult.Healthy($"the {transport} bus is connected and its receive endpoints ({Describe(health.Endpoints.Keys)}) are ready")
            : HealthCheckResult.Unhealthy(notReady.Count > 0
                ? $"the {transport} bus is not connected: receive endpoint(s) {Describe(notReady)} not ready, so no command arrives on the bus and nothing is published; it reconnects by itself once the broker is reachable"
                : $"the {transport} bus is not connected (MassTransit reports it {health.Status}); it reconnects by itself once the broker is reachable"));
    }

    /// <summary>CaseFlow's queues by name (the last segment of rabbitmq://host/vhost/queue), any others counted.</summary>
    private static string Describe(IEnumerable<string> addresses)
    {
        var queues = addresses.Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) ? uri.Segments[^1].Trim('/') : "").ToList();
        var named = queues.Where(q => q.StartsWith("caseflow", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var others = queues.Count - named.Count;
        return string.Join(" and ", new[] { string.Join(", ", named), others > 0 ? $"{others} of the bus's own" : "" }.Where(p => p.Length > 0));
    }
}
