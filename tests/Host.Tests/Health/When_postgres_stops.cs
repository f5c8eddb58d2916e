using CaseFlow.Host.Tests.ScaleOut;
using CaseFlow.Host.Tests.Startup;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Health;

/// <summary>
/// The service on a PostgreSQL server of the test's own (the server other tests share is never stopped), stopped with
/// pg_ctl stop -m fast and started again.
/// </summary>
[TestFixture]
public sealed class When_postgres_stops
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Should_be_unready_while_it_is_down_and_ready_once_it_is_back()
    {
        await using var cluster = PrivatePostgresCluster.Start();
        await using var database = await PostgresTestDatabase.CreateAsync(cluster.ConnectionString);
        var keys = CaseFlowFactory.NewDatabasePath();
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["CaseFlow:Store"] = "Postgres",
                ["CaseFlow:Postgres:ConnectionString"] = database.ConnectionString,
            };
            await using var factory = new CaseFlowFactory(keys, settings, new FakeTimeProvider(HealthProbe.In2025));
            using var probe = factory.CreateAnonymousClient();
            var up = await HealthProbe.ReadAsync(probe);

            cluster.Stop();
            var down = await HealthProbe.UntilAsync(probe, r => r.Code == 503, Bound);
            var live = await HealthProbe.ReadAsync(probe, "/health/live");
            cluster.StartAgain();
            var back = await HealthProbe.UntilAsync(probe, r => r.Code == 200 && r.Status == "Healthy", Bound);

            Assert.Multiple(() =>
            {
                Assert.That(up.Status, Is.EqualTo("Healthy"), up.Text);
                Assert.That(up.DescriptionOf("store"), Does.StartWith("the Postgres store answered"));
                Assert.That(down.Code, Is.EqualTo(503), down.Text);
                Assert.That(down.StatusOf("store"), Is.EqualTo("Unhealthy"));
                Assert.That(down.DescriptionOf("store"), Does.StartWith("the Postgres store could not be read"));
                Assert.That(down.StatusOf("outbox"), Is.EqualTo("Degraded"), "what cannot be counted warns; only the store and the bus make the service unready");
                Assert.That(down.Text, Does.Not.Contain("127.0.0.1").And.Not.Contain("Port=").And.Not.Contain("postgres;"), "no connection string reaches an anonymous probe");
                Assert.That(live.Code, Is.EqualTo(200), "live does no I/O: the database being down does not touch it");
                Assert.That(back.Code, Is.EqualTo(200), back.Text);
                Assert.That(back.Status, Is.EqualTo("Healthy"), back.Text);
            });
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(keys);
        }
    }
}
