namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// Two instances share the broker and a PostgreSQL database; the server is restarted (every connection cut) in the middle of a
/// flood (a cluster of the test's own: the server other tests share is never restarted). Commands that meet the outage are tried again by the command endpoint until the server is back; none may end in the
/// error queue. (SQLite has no server to restart: its file is opened by each process, so this fault exists only for PostgreSQL.)
/// </summary>
[TestFixture(ScaleOutStore.PostgresOwnServer)]
public sealed class When_postgres_restarts_under_two_instances(string store)
{
    private const int Flood = 1000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    [Test]
    public async Task Should_lose_stick_or_duplicate_nothing()
    {
        await using var cluster = await ScaleOutCluster.StartAsync(store);
        var restart = TimeSpan.Zero;
        var flood = new CaseFlood(cluster, Flood, faultAfter: Flood / 2);

        var report = await flood.RunAsync(() => Task.Run(() =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            ((PostgresScaleOutStore)cluster.Store).Restart();
            restart = clock.Elapsed;
        }), Bound);

        TestContext.Out.WriteLine($"PostgreSQL restart ({store}, 2 instances, {Flood} cases, pg_ctl restart -m fast after {Flood / 2} submissions, took {restart.TotalSeconds:F1} s): {report}");
        TestContext.Out.WriteLine($"cases received per instance: {cluster.CountInLogs(" received: ")}; Registers applied per instance: {cluster.CountInLogs(" -> ")}; commands retried by the endpoint: {cluster.CountInLogs("R-RETRY")}; relay passes failed: {cluster.CountInLogs("Outbox relay: a pass failed")}");
        Assert.Multiple(() =>
        {
            Assert.That(cluster.Instances.All(i => i.IsRunning), Is.True, "both instances survived the database restart");
            Assert.That(cluster.Instances.Sum(i => ScaleOutCluster.CountInLog(i, "R-RETRY")), Is.GreaterThan(0), "the restart met commands in flight (else this run tested nothing)");
        });
        report.AssertHeld(cluster.Diagnostics);
    }
}
