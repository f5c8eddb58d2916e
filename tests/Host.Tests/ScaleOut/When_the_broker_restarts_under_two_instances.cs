using CaseFlow.Host.Tests.Transport;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// Two instances share the broker and the database; the broker's app is stopped and started in the middle of a flood. Both
/// instances reconnect; what they appended while the broker was away their outboxes publish once it is back.
/// </summary>
[TestFixture(ScaleOutStore.Sqlite)]
[TestFixture(ScaleOutStore.Postgres)]
public sealed class When_the_broker_restarts_under_two_instances(string store)
{
    private const int Flood = 1000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    [Test]
    public async Task Should_lose_stick_or_duplicate_nothing()
    {
        try
        {
            await using var cluster = await ScaleOutCluster.StartAsync(store);
            var flood = new CaseFlood(cluster, Flood, faultAfter: Flood / 2);

            var report = await flood.RunAsync(() => Task.Run(() =>
            {
                RabbitMqBroker.Ctl("stop_app");
                Thread.Sleep(TimeSpan.FromSeconds(5));
                EnsureBrokerRunning();
            }), Bound);

            TestContext.Out.WriteLine($"broker stop_app/start_app ({store}, 2 instances, {Flood} cases, broker stopped for 5 s after {Flood / 2} submissions): {report}");
            TestContext.Out.WriteLine($"cases received per instance: {cluster.CountInLogs(" received: ")}; Registers applied per instance: {cluster.CountInLogs(" -> ")}");
            Assert.That(cluster.Instances.All(i => i.IsRunning), Is.True, "both instances survived the broker restart");
            Assert.That(report.ObserverConnections, Is.GreaterThan(1), "the downstream observer was cut off by the restart and came back");
            report.AssertHeld(cluster.Diagnostics);
        }
        finally
        {
            EnsureBrokerRunning();
        }
    }

    private static void EnsureBrokerRunning()
    {
        RabbitMqBroker.Ctl("start_app");
        RabbitMqBroker.Ctl("await_startup --timeout 60");
    }
}
