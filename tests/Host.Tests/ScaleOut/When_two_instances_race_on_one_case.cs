using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Host.Tests.Transport;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// Two instances consume one command queue; every step of a case is sent three times at once — twice as different messages (two
/// senders acting on the same instruction) and once more with the first one's message id (a redelivery) — so that both instances
/// take copies of the same step side by side. Each step must be recorded once, in order.
/// </summary>
[TestFixture(ScaleOutStore.Sqlite)]
[TestFixture(ScaleOutStore.Postgres)]
public sealed class When_two_instances_race_on_one_case(string store)
{
    private const int Cases = 50;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    private static readonly (string Trigger, string Contract, string Actor, string? Field, string? Value)[] Steps =
    [
        ("Register", "RegisterCase", "command-room", null, null),
        ("Triage", "TriageCase", "command-room", null, null),
        ("Dispatch", "DispatchCase", "command-room", null, null),
        ("Assign", "AssignCase", "armed-forces-head", null, null),
        ("SignFor", "SignForCase", "demolition-office", null, null),
        ("Complete", "CompleteCase", "demolition-office", "result", "违建已拆除"),
    ];

    [Test]
    public async Task Should_record_each_step_once_in_order()
    {
        await using var cluster = await ScaleOutCluster.StartAsync(store, caseServiceLogLevel: "Debug");
        await using var watcher = await EffectWatcher.StartAsync(cluster.Broker.VirtualHost, EffectWatcher.CaseStateChanged, EffectWatcher.CaseCommandRejected);
        await using var amqp = await RawAmqp.ConnectAsync(cluster.Broker.VirtualHost);
        var cases = cluster.OpenStore();
        var clock = Stopwatch.StartNew();
        var prefix = $"race-{Guid.NewGuid():N}"[..13] + "-";

        for (var i = 0; i < Cases; i++)
        {
            var submission = new JsonObject
            {
                ["clientKey"] = $"{prefix}{i:D3}",
                ["actor"] = "grid-member-1",
                ["category"] = "illegal-construction",
                ["channel"] = "grid",
                ["title"] = $"村口违建 {i}",
                ["description"] = "村口新建铁皮棚",
                ["grid"] = "grid-1",
            };
            await PublishThreeTimesAsync(amqp, "CaseFlow.Contracts.Commands:SubmitCase", submission);
        }

        var ids = await WaitForAsync(async () =>
        {
            var found = (await cases.ListAsync(limit: 10_000)).Where(c => c.ClientKey.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            return found.Count == Cases ? found.Select(c => c.Id).ToList() : null;
        }, clock, "every case submitted");

        for (var step = 0; step < Steps.Length; step++)
        {
            var (_, contract, actor, field, value) = Steps[step];
            foreach (var id in ids)
            {
                var command = new JsonObject { ["caseId"] = id.ToString(), ["actor"] = actor };
                if (field is not null)
                {
                    command[field] = value;
                }

                await PublishThreeTimesAsync(amqp, $"CaseFlow.Contracts.Commands:{contract}", command);
            }

            var version = step + 2;
            await WaitForAsync(async () =>
            {
                var all = await cases.ListAsync(limit: 10_000);
                return all.Where(c => ids.Contains(c.Id)).All(c => c.Version >= version) ? ids : null;
            }, clock, $"every case past {Steps[step].Trigger}");
        }

        await cluster.Broker.DrainedAsync("caseflow-commands", Bound - clock.Elapsed);
        await WaitForAsync(async () => watcher.Deliveries.Where(d => d.Exchange == EffectWatcher.CaseStateChanged && ids.Contains(d.CaseId)).Select(d => (d.CaseId, d.Sequence)).Distinct().Count() >= Cases * (Steps.Length + 1) ? ids : null, clock, "every CaseStateChanged");
        var expected = new[] { "Submit" }.Concat(Steps.Select(s => s.Trigger)).ToList();
        var histories = new Dictionary<Guid, IReadOnlyList<string>>();
        foreach (var id in ids)
        {
            histories[id] = (await cases.ReadAsync(id)).Select(e => e.Trigger).ToList();
        }

        var inOrder = histories.Count(h => h.Value.SequenceEqual(expected));
        var verify = await ChainVerifier.VerifyAsync(cases);
        var deliveries = watcher.Deliveries.Where(d => ids.Contains(d.CaseId)).ToList();
        var changed = deliveries.Where(d => d.Exchange == EffectWatcher.CaseStateChanged).GroupBy(d => (d.CaseId, d.Sequence)).ToList();
        var rejected = deliveries.Count(d => d.Exchange == EffectWatcher.CaseCommandRejected);
        var conflicts = ScaleOutCluster.CountInLog(cluster.Instances[0], "concurrent update") + ScaleOutCluster.CountInLog(cluster.Instances[1], "concurrent update");
        var applied = cluster.Instances.Select(i => ScaleOutCluster.CountInLog(i, " -> ")).ToList();
        TestContext.Out.WriteLine(
            $"race ({store}, 2 instances, {Cases} cases × {Steps.Length + 1} steps, each sent 3 times): {inOrder}/{Cases} histories exactly {string.Join(",", expected)}; " +
            $"chains {verify.Cases} cases {verify.Events} events, {verify.Broken.Count} broken; CaseStateChanged {changed.Count} (case, sequence), " +
            $"{changed.Count(g => g.Select(d => d.MessageId).Distinct().Count() > 1)} with two message ids; {rejected} duplicates rejected; " +
            $"applied per instance {string.Join(" / ", applied)}; {conflicts} concurrency conflicts retried; error queue {cluster.ErrorQueueMessages()}; {clock.Elapsed.TotalSeconds:F1} s");

        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(inOrder, Is.EqualTo(Cases), "each step recorded once, in the order sent");
                Assert.That(verify.Broken, Is.Empty, "every chain verifies");
                Assert.That(verify.Events, Is.EqualTo((long)Cases * (Steps.Length + 1)), "no event beyond the steps");
                Assert.That(changed, Has.Count.EqualTo(Cases * (Steps.Length + 1)), "a CaseStateChanged for every step");
                Assert.That(changed.Where(g => g.Select(d => d.MessageId).Distinct().Count() > 1).Select(g => g.Key), Is.Empty, "one message id per (case, sequence)");
                Assert.That(rejected, Is.InRange(Cases * Steps.Length, 2 * Cases * Steps.Length), "the second sender's copy of every step is refused; a redelivery at most once more");
                Assert.That(applied, Has.All.GreaterThan(0), "both instances applied commands");
                Assert.That(cluster.ErrorQueueMessages(), Is.Zero, "no command failed into caseflow-commands_error");
            });
        }
        catch (Exception)
        {
            TestContext.Out.WriteLine(cluster.Diagnostics());
            throw;
        }
    }

    /// <summary>Two messages with different ids, then the first again with its own id, back to back.</summary>
    private static async Task PublishThreeTimesAsync(RawAmqp amqp, string messageType, JsonObject message)
    {
        var first = Guid.NewGuid();
        await amqp.PublishAsync("caseflow-commands", RawAmqp.Envelope(messageType, message.DeepClone().AsObject(), first));
        await amqp.PublishAsync("caseflow-commands", RawAmqp.Envelope(messageType, message.DeepClone().AsObject()));
        await amqp.PublishAsync("caseflow-commands", RawAmqp.Envelope(messageType, message.DeepClone().AsObject(), first));
    }

    private static async Task<List<Guid>> WaitForAsync(Func<Task<List<Guid>?>> probe, Stopwatch clock, string what)
    {
        while (clock.Elapsed < Bound)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"not reached within {Bound.TotalSeconds:0} s: {what}");
        return [];
    }
}
