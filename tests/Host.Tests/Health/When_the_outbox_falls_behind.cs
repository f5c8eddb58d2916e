using CaseFlow.Host.Tests.Admin;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Health;

/// <summary>
/// The outbox's marks are written by the relay once per CaseFlow:Outbox:Interval on the service's clock; on a clock that stands
/// still, the messages two submissions caused stay unmarked, a backlog over a threshold of one until the clock moves. Probed
/// several times on each side (and live in between, which says nothing of readiness), the change is logged once each way.
/// </summary>
[TestFixture]
public sealed class When_the_outbox_falls_behind
{
    [Test]
    public async Task Should_be_degraded_over_the_threshold_and_healthy_once_it_drains()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        var clock = new FakeTimeProvider(HealthProbe.In2025);
        var logs = new CapturedLogs();
        try
        {
            await using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Health:OutboxBacklog"] = "1" }, clock, logs);
            using var client = factory.CreateClient();
            using var probe = factory.CreateAnonymousClient();
            var before = await HealthProbe.ReadAsync(probe);

            await CaseApi.SubmitAsync(client, "health-outbox-1");
            await CaseApi.SubmitAsync(client, "health-outbox-2");
            var behind = await HealthProbe.ReadAsync(probe);
            await HealthProbe.ReadAsync(probe, "/health/live");
            var stillBehind = await HealthProbe.ReadAsync(probe);
            clock.Advance(TimeSpan.FromSeconds(2));
            var drained = await HealthProbe.UntilAsync(probe, r => r.Status == "Healthy", TimeSpan.FromSeconds(20));
            await HealthProbe.ReadAsync(probe);
            var changes = logs.Records.Where(r => r.Category.EndsWith(".HealthTransitions", StringComparison.Ordinal)).ToList();

            Assert.Multiple(() =>
            {
                Assert.That(before.StatusOf("outbox"), Is.EqualTo("Healthy"), before.Text);
                Assert.That(behind.Code, Is.EqualTo(200), behind.Text);
                Assert.That(behind.Status, Is.EqualTo("Degraded"), behind.Text);
                Assert.That(behind.StatusOf("outbox"), Is.EqualTo("Degraded"));
                Assert.That(behind.DescriptionOf("outbox"), Does.Match(@"^outbox backlog \d+ messages over the threshold 1 "));
                Assert.That(drained.Status, Is.EqualTo("Healthy"), drained.Text);
                Assert.That(drained.DescriptionOf("outbox"), Does.StartWith("outbox backlog 0 messages"));
                Assert.That(stillBehind.StatusOf("outbox"), Is.EqualTo("Degraded"));
                Assert.That(changes.Select(c => c.Level), Is.All.EqualTo(Microsoft.Extensions.Logging.LogLevel.Warning));
                Assert.That(changes.Select(c => c.Message), Has.Exactly(1).StartsWith("Health: check outbox went from Healthy to Degraded: outbox backlog "));
                Assert.That(changes.Select(c => c.Message), Has.Exactly(1).StartsWith("Health: check outbox went from Degraded to Healthy"));
                Assert.That(changes.Select(c => c.Message), Has.Exactly(1).EqualTo("Health: the service went from Healthy to Degraded (/health/ready)"));
                Assert.That(changes, Has.Count.EqualTo(4), string.Join(Environment.NewLine, changes.Select(c => c.Message)));
                Assert.That(logs.Records.Where(r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Warning && r.Message.Contains("over the threshold", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1), "nothing else says it at every probe");
            });
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
