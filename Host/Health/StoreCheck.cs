using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Health;

/// <summary>The store answers: one cheap query (which definition version is current) against the configured SQLite file or PostgreSQL database.</summary>
internal sealed class StoreCheck(IDefinitionStore store, IOptions<CaseFlowOptions> service, IOptions<HealthOptions> options) : BoundedCheck(options)
{
    protected override string Subject => $"the {service.Value.Store} store";

    protected override async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken) =>
        await store.ReadCurrentDefinitionAsync(cancellationToken) is { } version
            ? HealthCheckResult.Healthy($"the {service.Value.Store} store answered (definition version {version} is current)")
            : HealthCheckResult.Unhealthy($"the {service.Value.Store} store answered but holds no current definition; the service publishes one at start");
}
