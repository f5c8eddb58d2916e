using CaseFlow.Host.Tests.Transport;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Health;

/// <summary>
/// The service on the real RabbitMQ broker, reached through a link of its own: cutting the link is, for this service, the broker
/// stopping (its connections drop, new ones are refused), while the broker other tests share keeps running.
/// </summary>
[TestFixture]
public sealed class When_the_broker_stops
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Should_be_unready_while_it_is_away_and_ready_once_it_is_back()
    {
        using var broker = RabbitMqBroker.CreateVirtualHost();
        using var link = TcpLink.To(5672);
        var database = CaseFlowFactory.NewDatabasePath();
        try
        {
            var settings = broker.Settings();
            settings["CaseFlow:RabbitMq:Port"] = link.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await using var factory = new CaseFlowFactory(database, settings, new FakeTimeProvider(HealthProbe.In2025));
            using var probe = factory.CreateAnonymousClient();
            var connected = await HealthProbe.ReadAsync(probe);

            link.Cut();
            var away = await HealthProbe.UntilAsync(probe, r => r.Code == 503, Bound);
            var live = await HealthProbe.ReadAsync(probe, "/health/live");
            link.Restore();
            var back = await HealthProbe.UntilAsync(probe, r => r.Code == 200 && r.Status == "Healthy", Bound);

            Assert.Multiple(() =>
            {
                Assert.That(connected.Status, Is.EqualTo("Healthy"), connected.Text);
                Assert.That(connected.DescriptionOf("bus"), Does.StartWith("the RabbitMq bus is connected and its receive endpoints (caseflow-commands"));
                Assert.That(away.Code, Is.EqualTo(503), away.Text);
                Assert.That(away.Status, Is.EqualTo("Unhealthy"));
                Assert.That(away.StatusOf("bus"), Is.EqualTo("Unhealthy"));
                Assert.That(away.DescriptionOf("bus"), Does.Contain("not connected").And.Contain("caseflow-commands"));
                Assert.That(away.Text, Does.Not.Contain("127.0.0.1").And.Not.Contain(broker.VirtualHost), "no broker address reaches an anonymous probe");
                Assert.That(away.StatusOf("store"), Is.EqualTo("Healthy"), "only the bus is away");
                Assert.That(live.Code, Is.EqualTo(200), "the process still serves requests");
                Assert.That(back.Code, Is.EqualTo(200), back.Text);
                Assert.That(back.Status, Is.EqualTo("Healthy"), back.Text);
            });
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
