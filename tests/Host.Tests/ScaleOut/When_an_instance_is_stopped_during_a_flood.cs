using System.Diagnostics;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// A rolling restart: two instances share the broker and the database; one is stopped gracefully (SIGTERM, as a service manager
/// stops it) in the middle of a flood of cases and started again. It finishes what it holds and hands the rest back to the queue.
/// </summary>
[TestFixture(ScaleOutStore.Sqlite)]
[TestFixture(ScaleOutStore.Postgres)]
public sealed class When_an_instance_is_stopped_during_a_flood(string store)
{
    private const int Flood = 1000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    [Test]
    public async Task Should_lose_stick_or_duplicate_nothing()
    {
        await using var cluster = await ScaleOutCluster.StartAsync(store);
        var stopped = cluster.Instances[0];
        var stopping = TimeSpan.Zero;
        var flood = new CaseFlood(cluster, Flood, faultAfter: Flood / 2);

        var report = await flood.RunAsync(async () =>
        {
            var clock = Stopwatch.StartNew();
            await stopped.StopAsync(TimeSpan.FromSeconds(30));
            stopping = clock.Elapsed;
            await stopped.StartAsync();
        }, Bound);

        TestContext.Out.WriteLine($"graceful stop ({store}, 2 instances, {Flood} cases, {stopped.Name} stopped after {Flood / 2} submissions in {stopping.TotalSeconds:F1} s and started again): {report}");
        TestContext.Out.WriteLine($"cases received per instance: {cluster.CountInLogs(" received: ")}; Registers applied per instance: {cluster.CountInLogs(" -> ")}");
        Assert.Multiple(() =>
        {
            Assert.That(stopped.Starts, Is.EqualTo(2), "the stopped instance was started again");
            Assert.That(stopped.ExitCode, Is.Zero, "the stopped instance shut down cleanly (not killed after the timeout)");
        });
        report.AssertHeld(cluster.Diagnostics);
    }
}
