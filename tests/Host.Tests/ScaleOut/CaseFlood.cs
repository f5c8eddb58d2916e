using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Host.Tests.Transport;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// A flood of two-step cases through the broker, with a fault injected part-way: each submission is published with a client key
/// and the broker's confirm, and once its case is in the database a Register for it is published the same way — so a case that
/// stays in receive.Submitted is a confirmed command lost or stuck. Then it waits (bounded) until every case is registered and
/// every effect arrived, and reports what it found.
/// </summary>
internal sealed class CaseFlood(ScaleOutCluster cluster, int size, int faultAfter)
{
    private const string SubmitCase = "CaseFlow.Contracts.Commands:SubmitCase";
    private const string RegisterCase = "CaseFlow.Contracts.Commands:RegisterCase";
    private readonly string _prefix = $"flood-{Guid.NewGuid():N}"[..14] + "-";
    private readonly ConcurrentDictionary<string, bool> _submitted = new();
    private readonly ConcurrentDictionary<Guid, bool> _registerSent = new();
    private int _publishRetries;

    /// <summary>Runs the flood with <paramref name="fault"/> started (not awaited) after <c>faultAfter</c> confirmed submissions.</summary>
    public async Task<FloodReport> RunAsync(Func<Task> fault, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        await using var watcher = await EffectWatcher.StartAsync(cluster.Broker.VirtualHost, EffectWatcher.CaseReceived, EffectWatcher.CaseStateChanged);
        await using var submitter = await RawAmqp.ConnectAsync(cluster.Broker.VirtualHost);
        await using var follower = await RawAmqp.ConnectAsync(cluster.Broker.VirtualHost);
        var store = cluster.OpenStore();
        using var stop = new CancellationTokenSource();
        var follow = Task.Run(() => FollowUpAsync(store, follower, bound, stop.Token));
        Task? faulting = null;
        for (var i = 0; i < size; i++)
        {
            if (i == faultAfter)
            {
                faulting = Task.Run(fault);
            }

            var key = $"{_prefix}{i:D5}";
            Interlocked.Add(ref _publishRetries, await submitter.PublishUntilConfirmedAsync("caseflow-commands", RawAmqp.Envelope(SubmitCase, Submission(key, i)), bound));
            _submitted[key] = true;
        }

        var floodSeconds = clock.Elapsed.TotalSeconds;
        await (faulting ?? Task.CompletedTask);
        var settled = await WaitUntilSettledAsync(store, watcher, clock, bound);
        await stop.CancelAsync();
        await follow;
        var report = await ReportAsync(store, watcher, settled, clock.Elapsed, floodSeconds);
        return report;
    }

    private static JsonObject Submission(string key, int i) => new()
    {
        ["clientKey"] = key,
        ["actor"] = $"grid-member-{i % 9 + 1}",
        ["category"] = "sanitation",
        ["channel"] = "grid",
        ["title"] = $"垃圾清运不及时 {i}",
        ["description"] = $"垃圾清运不及时（{i}）",
        ["grid"] = $"grid-{i % 9 + 1}",
    };

    /// <summary>Publishes a Register, confirmed, for every flood case found in the database that has not had one yet.</summary>
    private async Task FollowUpAsync(ICaseStore store, RawAmqp follower, TimeSpan bound, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            IReadOnlyList<Engine.Cases.CaseState> cases;
            try
            {
                cases = await store.ListAsync(limit: 100_000, cancellationToken: stop);
            }
            catch (Exception e) when (e is DbException or TimeoutException or InvalidOperationException)
            {
                // The database is away (the fault under test); the next pass reads again.
                cases = [];
            }
            catch (OperationCanceledException)
            {
                return;
            }

            foreach (var c in cases.Where(c => c.ClientKey.StartsWith(_prefix, StringComparison.Ordinal) && !_registerSent.ContainsKey(c.Id)))
            {
                var register = RawAmqp.Envelope(RegisterCase, new JsonObject { ["caseId"] = c.Id.ToString(), ["actor"] = "command-room" });
                Interlocked.Add(ref _publishRetries, await follower.PublishUntilConfirmedAsync("caseflow-commands", register, bound));
                _registerSent[c.Id] = true;
            }

            try
            {
                await Task.Delay(500, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Waits until every submission is a registered case whose effects all arrived and nothing is left unsent; false when the bound passed first.</summary>
    private async Task<bool> WaitUntilSettledAsync(ICaseStore store, EffectWatcher watcher, Stopwatch clock, TimeSpan bound)
    {
        while (clock.Elapsed < bound)
        {
            try
            {
                var cases = (await store.ListAsync(limit: 100_000)).Where(c => c.ClientKey.StartsWith(_prefix, StringComparison.Ordinal)).ToList();
                if (cases.Count == size && cases.All(c => c.Position == "receive.Registered") && _registerSent.Count == size)
                {
                    var deliveries = watcher.Deliveries;
                    var received = deliveries.Where(d => d.Exchange == EffectWatcher.CaseReceived).Select(d => d.CaseId).ToHashSet();
                    var changed = deliveries.Where(d => d.Exchange == EffectWatcher.CaseStateChanged).Select(d => (d.CaseId, d.Sequence)).ToHashSet();
                    if (cases.All(c => received.Contains(c.Id) && changed.Contains((c.Id, 1)) && changed.Contains((c.Id, 2)))
                        && await store.CountUnsentOutboxAsync() == 0)
                    {
                        return true;
                    }
                }
            }
            catch (Exception e) when (e is DbException or TimeoutException or InvalidOperationException)
            {
                // The database is still coming back; look again.
            }

            await Task.Delay(1000);
        }

        return false;
    }

    private async Task<FloodReport> ReportAsync(ICaseStore store, EffectWatcher watcher, bool settled, TimeSpan elapsed, double floodSeconds)
    {
        var cases = (await store.ListAsync(limit: 100_000)).Where(c => c.ClientKey.StartsWith(_prefix, StringComparison.Ordinal)).ToList();
        var verify = await ChainVerifier.VerifyAsync(store);
        var deliveries = watcher.Deliveries;
        var received = deliveries.Where(d => d.Exchange == EffectWatcher.CaseReceived).ToList();
        var changed = deliveries.Where(d => d.Exchange == EffectWatcher.CaseStateChanged).ToList();
        var receivedIds = received.GroupBy(d => d.CaseId).ToDictionary(g => g.Key, g => g.Select(d => d.MessageId).Distinct().Count());
        var changedIds = changed.GroupBy(d => (d.CaseId, d.Sequence)).ToDictionary(g => g.Key, g => g.Select(d => d.MessageId).Distinct().Count());
        return new FloodReport
        {
            Size = size,
            Confirmed = _submitted.Count,
            PublishRetries = _publishRetries,
            Cases = cases.Count,
            DistinctKeys = cases.Select(c => c.ClientKey).Distinct().Count(),
            Registered = cases.Count(c => c.Position == "receive.Registered" && c.Version == 2),
            RegistersSent = _registerSent.Count,
            Stuck = cases.Where(c => c.Position != "receive.Registered").Select(c => $"{c.Id} {c.Position} v{c.Version}").Take(10).ToList(),
            Chains = verify,
            ReceivedDeliveries = received.Count,
            ReceivedCases = cases.Count(c => receivedIds.ContainsKey(c.Id)),
            ReceivedWithTwoIds = receivedIds.Count(p => p.Value > 1),
            ChangedDeliveries = changed.Count,
            ChangedExpectedSeen = cases.Sum(c => (changedIds.ContainsKey((c.Id, 1)) ? 1 : 0) + (changedIds.ContainsKey((c.Id, 2)) ? 1 : 0)),
            ChangedWithTwoIds = changedIds.Count(p => p.Value > 1),
            DuplicateDeliveries = deliveries.Count - deliveries.Select(d => d.MessageId).Distinct().Count(),
            ObserverConnections = watcher.Connections,
            UnsentOutbox = await store.CountUnsentOutboxAsync(),
            ErrorQueue = cluster.ErrorQueueMessages(),
            Settled = settled,
            Elapsed = elapsed,
            FloodSeconds = floodSeconds,
        };
    }
}
