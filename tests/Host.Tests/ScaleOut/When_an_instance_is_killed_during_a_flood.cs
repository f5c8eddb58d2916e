using System.Diagnostics;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// Two instances share the broker and the database; one is killed with SIGKILL in the middle of a flood of cases and started again.
/// What it held — unacknowledged commands, appended but unpublished effects, unwritten marks — the survivor or its restart takes over.
/// </summary>
[TestFixture(ScaleOutStore.Sqlite)]
[TestFixture(ScaleOutStore.Postgres)]
public sealed class When_an_instance_is_killed_during_a_flood(string store)
{
    private const int Flood = 1000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    [Test]
    public async Task Should_lose_stick_or_duplicate_nothing()
    {
        await using var cluster = await ScaleOutCluster.StartAsync(store);
        var victim = cluster.Instances[0];
        var down = TimeSpan.Zero;
        var flood = new CaseFlood(cluster, Flood, faultAfter: Flood / 2);

        var report = await flood.RunAsync(async () =>
        {
            victim.KillHard();
            var clock = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(3));
            await victim.StartAsync();
            down = clock.Elapsed;
        }, Bound);

        TestContext.Out.WriteLine($"kill -9 ({store}, 2 instances, {victim.Name} killed after {Flood / 2} submissions, back after {down.TotalSeconds:F1} s): {report}");
        TestContext.Out.WriteLine($"cases received per instance: {cluster.CountInLogs(" received: ")}; Registers applied per instance: {cluster.CountInLogs(" -> ")}");
        Assert.That(victim.Starts, Is.EqualTo(2), "the killed instance was started again");
        report.AssertHeld(cluster.Diagnostics);
    }
}
