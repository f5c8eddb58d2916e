using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Health;

/// <summary>
/// A readiness check that answers within CaseFlow:Health:CheckTimeout whatever the thing it looks at does: a check that times out or
/// throws is reported with its registration's failure status and a description that names no host, path or message text (the body
/// is read by anonymous probes); the exception stays on the entry for the log.
/// </summary>
internal abstract class BoundedCheck(IOptions<HealthOptions> options) : IHealthCheck
{
    /// <summary>The thresholds and the bound.</summary>
    protected HealthOptions Settings => options.Value;

    /// <summary>What is checked, as the start of a sentence ("the store").</summary>
    protected abstract string Subject { get; }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var timeout = Settings.CheckTimeout;

        // Wall-clock time on purpose: the service's TimeProvider may stand still (tests move it by hand), and a probe must not.
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(timeout);
        try
        {
            // WaitAsync: a call that ignores cancellation still cannot hold the probe past the bound.
            return await CheckAsync(bound.Token).WaitAsync(bound.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"{Subject} did not answer within {timeout.TotalSeconds:0.###} s (CaseFlow:Health:CheckTimeout); it should answer in well under that");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"{Subject} could not be read ({e.GetType().Name}; the log has the details); it should answer a simple query", e);
        }
    }

    /// <summary>The check itself, given a token cancelled at the bound.</summary>
    protected abstract Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken);
}
