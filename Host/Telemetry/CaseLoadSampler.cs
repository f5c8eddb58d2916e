using System.Diagnostics.Metrics;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Telemetry;

namespace CaseFlow.Host.Telemetry;

/// <summary>
/// Reads, every <see cref="Interval"/>, what the gauges report: the outbox backlog, the timer lag, and the open and overdue cases
/// of each platform. The gauges read the last sample (a meter's callback must not wait on a database); a sample that fails is
/// logged and the previous one stays.
/// </summary>
internal sealed class CaseLoadSampler(ICaseStore store, DefinitionRegistry definitions, TimeProvider time, ILogger<CaseLoadSampler> logger) : BackgroundService
{
    /// <summary>How often the store is read for the gauges.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private volatile Sample _last = Sample.None;

    /// <summary>The gauges, registered once per sampler (the service has one).</summary>
    public void Register()
    {
        CaseFlowTelemetry.Meter.CreateObservableGauge("caseflow.outbox.backlog", () => _last.Backlog, "{message}", "Messages stored but not yet published, every instance's.");
        CaseFlowTelemetry.Meter.CreateObservableGauge("caseflow.timers.lag", () => _last.TimerLagSeconds, "s", "How late the most overdue supervision timer still unfired is (0 when none is due).");
        CaseFlowTelemetry.Meter.CreateObservableGauge("caseflow.cases.open", () => _last.Platforms.Select(p => new Measurement<long>(p.Open, new KeyValuePair<string, object?>("caseflow.platform", p.Platform))), "{case}", "Cases not yet closed, per platform.");
        CaseFlowTelemetry.Meter.CreateObservableGauge("caseflow.cases.overdue", () => _last.Platforms.Select(p => new Measurement<long>(p.Overdue, new KeyValuePair<string, object?>("caseflow.platform", p.Platform))), "{case}", "Open cases past their handling deadline, per platform.");
    }

    /// <summary>Reads one sample now.</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var backlog = await store.CountUnsentOutboxAsync(cancellationToken);
        var due = await store.ReadDueTimersAsync(now, 1, cancellationToken);
        var lag = due is [var oldest] ? Math.Max(0, (now - oldest.DueAt).TotalSeconds) : 0;
        var platforms = new List<PlatformLoad>();
        if (definitions.HasCurrent)
        {
            foreach (var platform in definitions.Current.Definition.Organisation.Platforms)
            {
                var open = await store.CountAsync(new CaseFilter { Platform = platform.Id, Final = false }, cancellationToken);
                var overdue = await store.CountAsync(new CaseFilter { Platform = platform.Id, Final = false, Overdue = true, Now = now }, cancellationToken);
                platforms.Add(new PlatformLoad(platform.Id, open, overdue));
            }
        }

        _last = new Sample(backlog, lag, platforms);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read the telemetry gauges (outbox backlog, timer lag, open and overdue cases); the previous values stay");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private sealed record PlatformLoad(string Platform, long Open, long Overdue);

    private sealed record Sample(long Backlog, double TimerLagSeconds, IReadOnlyList<PlatformLoad> Platforms)
    {
        public static Sample None { get; } = new(0, 0, []);
    }
}
