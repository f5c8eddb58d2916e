using System.Diagnostics;
using CaseFlow.Host.Tests.Startup;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CaseFlow.Host.Tests.Health;

/// <summary>
/// The service on PostgreSQL through a link that stops passing bytes, as a hung server would (connections open, nothing answers):
/// the probe answers within CaseFlow:Health:CheckTimeout instead of waiting on Npgsql's own timeouts (15 s to connect, 30 s a command).
/// </summary>
[TestFixture]
public sealed class When_the_store_hangs
{
    [Test]
    public async Task Should_answer_503_within_the_check_timeout()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        using var link = TcpLink.To(server.Port);
        var keys = CaseFlowFactory.NewDatabasePath();
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["CaseFlow:Store"] = "Postgres",
                ["CaseFlow:Postgres:ConnectionString"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = link.Port }.ConnectionString,
                ["CaseFlow:Health:CheckTimeout"] = "00:00:01",
            };
            await using var factory = new CaseFlowFactory(keys, settings, new FakeTimeProvider(HealthProbe.In2025));
            using var probe = factory.CreateAnonymousClient();
            var before = await HealthProbe.ReadAsync(probe);

            link.Freeze();
            var clock = Stopwatch.StartNew();
            var hung = await HealthProbe.ReadAsync(probe);
            var answeredIn = clock.Elapsed;
            link.Thaw();
            var back = await HealthProbe.UntilAsync(probe, r => r.Status == "Healthy", TimeSpan.FromSeconds(60));

            Assert.Multiple(() =>
            {
                Assert.That(before.Status, Is.EqualTo("Healthy"), before.Text);
                Assert.That(hung.Code, Is.EqualTo(503), hung.Text);
                Assert.That(hung.DescriptionOf("store"), Does.Contain("did not answer within 1 s"));
                Assert.That(answeredIn, Is.LessThan(TimeSpan.FromSeconds(10)), "bounded by the check timeout, not by Npgsql's");
                Assert.That(back.Status, Is.EqualTo("Healthy"), back.Text);
            });
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(keys);
        }
    }
}
