using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Host.Tests.Transport;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// Cases escalated to the county, all accepted with one county deadline a few seconds ahead, so that both instances' timer pumps
/// find the same due timers at once (more than one claim's batch of 100); one instance is killed with SIGKILL as soon as it has fired
/// its first (so, most likely, holding claims on others it has not fired yet) and started again. Each case's
/// county-silence timer must fire exactly once: one UrgeCounty in its history and one CountyCaseUrgedByTownship message id.
/// </summary>
[TestFixture(ScaleOutStore.Sqlite)]
[TestFixture(ScaleOutStore.Postgres)]
public sealed class When_timers_fall_due_under_two_instances(string store)
{
    private const int Cases = 250;
    private const string CountyCaseUrgedByTownship = "CaseFlow.Contracts.County:CountyCaseUrgedByTownship";
    private const string Fired = "UrgeCounty by system";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    [Test]
    public async Task Should_fire_each_timer_once()
    {
        await using var cluster = await ScaleOutCluster.StartAsync(store);
        await using var watcher = await EffectWatcher.StartAsync(cluster.Broker.VirtualHost, CountyCaseUrgedByTownship);
        await using var amqp = await RawAmqp.ConnectAsync(cluster.Broker.VirtualHost);
        await using var county = await RawAmqp.ConnectAsync(cluster.Broker.VirtualHost, BrokerUsers.County);
        var cases = cluster.OpenStore();
        var clock = Stopwatch.StartNew();
        var prefix = $"timer-{Guid.NewGuid():N}"[..14] + "-";

        for (var i = 0; i < Cases; i++)
        {
            await amqp.PublishUntilConfirmedAsync("caseflow-commands", RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", new JsonObject
            {
                ["clientKey"] = $"{prefix}{i:D3}",
                ["actor"] = "grid-member-1",
                ["category"] = "medical-insurance",
                ["channel"] = "grid",
                ["title"] = $"医保报销 {i}",
                ["description"] = "医保报销迟迟未到账",
                ["grid"] = "grid-1",
            }), Bound);
        }

        var ids = (await WaitForCasesAsync(cases, c => c.ClientKey.StartsWith(prefix, StringComparison.Ordinal), Cases, clock, "submitted")).Select(c => c.Id).ToHashSet();
        await SendToAllAsync(amqp, ids, "CaseFlow.Contracts.Commands:RegisterCase", _ => new JsonObject { ["actor"] = "command-room" });
        await WaitForCasesAsync(cases, c => ids.Contains(c.Id) && c.Version == 2, Cases, clock, "registered");
        await SendToAllAsync(amqp, ids, "CaseFlow.Contracts.Commands:TriageCase", _ => new JsonObject { ["actor"] = "command-room" });
        await WaitForCasesAsync(cases, c => ids.Contains(c.Id) && c.Position == "dispatch.EscalatedToCounty", Cases, clock, "escalated to the county");

        var deadline = DateTimeOffset.UtcNow.AddSeconds(25);
        await SendToAllAsync(county, ids, "CaseFlow.Contracts.County:CountyCaseAccepted", id => new JsonObject
        {
            ["countyCaseNumber"] = $"YH12345-{id.ToString()[..8]}",
            ["deadline"] = deadline.ToString("O"),
        });
        await WaitForCasesAsync(cases, c => ids.Contains(c.Id) && c.CountyStatus == "accepted", Cases, clock, "accepted by the county");
        Assert.That(DateTimeOffset.UtcNow, Is.LessThan(deadline), "every case was accepted before the county's deadline (raise the lead time on a slower machine)");

        var victim = cluster.Instances[0];
        await Task.Delay(deadline - DateTimeOffset.UtcNow);
        var firing = Stopwatch.StartNew();
        while (ScaleOutCluster.CountInLog(victim, Fired) == 0 && firing.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }

        var firedBeforeKill = ScaleOutCluster.CountInLog(victim, Fired);
        victim.KillHard();
        var killedAfter = firing.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await victim.StartAsync();

        var urged = await WaitForCasesAsync(cases, c => ids.Contains(c.Id) && c.CountyUrges >= 1, Cases, clock, "urged");
        await WaitForAsync(() => watcher.Deliveries.Select(d => d.CaseId).Distinct().Count() >= Cases, clock, "every CountyCaseUrgedByTownship delivered");

        // Longer than a claim lease and a few pump intervals: a timer fired twice would show by now.
        await Task.Delay(TimeSpan.FromSeconds(8));
        var urgesPerCase = new List<int>();
        foreach (var id in ids)
        {
            urgesPerCase.Add((await cases.ReadAsync(id)).Count(e => e.Trigger == Triggers.UrgeCounty));
        }

        var verify = await ChainVerifier.VerifyAsync(cases);
        var byCase = watcher.Deliveries.GroupBy(d => d.CaseId).ToDictionary(g => g.Key, g => g.Select(d => d.MessageId).Distinct().Count());
        var firedBy = cluster.CountInLogs(Fired);
        TestContext.Out.WriteLine(
            $"timers ({store}, 2 instances, {Cases} county-silence timers due at one instant, {victim.Name} killed {killedAfter.TotalSeconds:F1} s after it, having fired {firedBeforeKill}, and restarted): " +
            $"{urgesPerCase.Count(n => n == 1)}/{Cases} cases urged exactly once (most urges on one case {urgesPerCase.Max()}); fired per instance: {firedBy}; " +
            $"CountyCaseUrgedByTownship {watcher.Deliveries.Count} deliveries for {byCase.Count} cases, {byCase.Count(p => p.Value > 1)} with two message ids; " +
            $"chains {verify.Cases} cases {verify.Events} events, {verify.Broken.Count} broken; error queue {cluster.ErrorQueueMessages()}; {clock.Elapsed.TotalSeconds:F1} s");

        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(urged, Has.Count.EqualTo(Cases));
                Assert.That(urgesPerCase, Has.All.EqualTo(1), "each timer fired once across the instances");
                Assert.That(byCase.Keys, Is.EquivalentTo(ids), "every urging reached the county");
                Assert.That(byCase.Values, Has.All.EqualTo(1), "a repeated urging carries the message id of the first");
                Assert.That(verify.Broken, Is.Empty, "every chain verifies");
                Assert.That(cluster.ErrorQueueMessages(), Is.Zero, "no command failed into caseflow-commands_error");
            });
        }
        catch (Exception)
        {
            TestContext.Out.WriteLine(cluster.Diagnostics());
            throw;
        }
    }

    private static async Task SendToAllAsync(RawAmqp amqp, IEnumerable<Guid> ids, string messageType, Func<Guid, JsonObject> message)
    {
        foreach (var id in ids)
        {
            var body = message(id);
            body["caseId"] = id.ToString();
            await amqp.PublishUntilConfirmedAsync("caseflow-commands", RawAmqp.Envelope(messageType, body), Bound);
        }
    }

    private static async Task<List<CaseState>> WaitForCasesAsync(Engine.History.ICaseStore store, Func<CaseState, bool> match, int count, Stopwatch clock, string what)
    {
        List<CaseState> found = [];
        await WaitForAsync(async () =>
        {
            found = (await store.ListAsync(limit: 10_000)).Where(match).ToList();
            return found.Count >= count;
        }, clock, $"{count} cases {what}");
        return found;
    }

    private static Task WaitForAsync(Func<bool> probe, Stopwatch clock, string what) => WaitForAsync(() => Task.FromResult(probe()), clock, what);

    private static async Task WaitForAsync(Func<Task<bool>> probe, Stopwatch clock, string what)
    {
        while (clock.Elapsed < Bound)
        {
            if (await probe())
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"not reached within {Bound.TotalSeconds:0} s: {what}");
    }
}
