using CaseFlow.Engine.History;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Health;

/// <summary>
/// The outbox keeps up: the messages stored but not yet marked published (every instance's, as the store holds them) stay under
/// CaseFlow:Health:OutboxBacklog. Over it the service still takes commands, so it is degraded, not unready.
/// </summary>
internal sealed class OutboxBacklogCheck(IOutboxStore outbox, IOptions<HealthOptions> options) : BoundedCheck(options)
{
    protected override string Subject => "the outbox";

    protected override async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var backlog = await outbox.CountUnsentOutboxAsync(cancellationToken);
        var threshold = Settings.OutboxBacklog;
        return backlog > threshold
            ? HealthCheckResult.Degraded($"outbox backlog {backlog:N0} messages over the threshold {threshold:N0} (CaseFlow:Health:OutboxBacklog): the broker or the outbox relay is behind; the backlog should drain to under the threshold")
            : HealthCheckResult.Healthy($"outbox backlog {backlog:N0} messages, within the threshold {threshold:N0}");
    }
}
