using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Health;

/// <summary>
/// The outbox's marks are written by the relay once per CaseFlow:Outbox:Interval on the service's clock; on a clock that stands
/// still, the messages two submissions caused stay unmarked, a backlog over a threshold of one until the clock moves.
/// </summary>
[TestFixture]
public sealed class When_the_outbox_falls_behind
{
    [Test]
    public async Task Should_be_degraded_over_the_threshold_and_healthy_once_it_drains()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        var clock = new FakeTimeProvider(HealthProbe.In2025);
        try
        {
            await using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Health:OutboxBacklog"] = "1" }, clock);
            using var client = factory.CreateClient();
            using var probe = factory.CreateAnonymousClient();
            var before = await HealthProbe.ReadAsync(probe);

            await CaseApi.SubmitAsync(client, "health-outbox-1");
            await CaseApi.SubmitAsync(client, "health-outbox-2");
            var behind = await HealthProbe.ReadAsync(probe);
            clock.Advance(TimeSpan.FromSeconds(2));
            var drained = await HealthProbe.UntilAsync(probe, r => r.Status == "Healthy", TimeSpan.FromSeconds(20));

            Assert.Multiple(() =>
            {
                Assert.That(before.StatusOf("outbox"), Is.EqualTo("Healthy"), before.Text);
                Assert.That(behind.Code, Is.EqualTo(200), behind.Text);
                Assert.That(behind.Status, Is.EqualTo("Degraded"), behind.Text);
                Assert.That(behind.StatusOf("outbox"), Is.EqualTo("Degraded"));
                Assert.That(behind.DescriptionOf("outbox"), Does.Match(@"^outbox backlog \d+ messages over the threshold 1 "));
                Assert.That(drained.Status, Is.EqualTo("Healthy"), drained.Text);
                Assert.That(drained.DescriptionOf("outbox"), Does.StartWith("outbox backlog 0 messages"));
            });
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
