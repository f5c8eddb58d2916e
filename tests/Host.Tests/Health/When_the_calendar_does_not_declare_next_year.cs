using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Health;

/// <summary>The service in June 2026 on the shipped calendar, which declares 2025 and 2026 but not 2027.</summary>
[TestFixture]
public sealed class When_the_calendar_does_not_declare_next_year
{
    [Test]
    public async Task Should_be_degraded_but_ready_and_name_the_missing_year()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        try
        {
            await using var factory = new CaseFlowFactory(database, time: new FakeTimeProvider(new DateTimeOffset(2026, 6, 2, 2, 0, 0, TimeSpan.Zero)));
            using var probe = factory.CreateAnonymousClient();

            var ready = await HealthProbe.ReadAsync(probe);

            Assert.Multiple(() =>
            {
                Assert.That(ready.Code, Is.EqualTo(200), "degraded still takes traffic");
                Assert.That(ready.Status, Is.EqualTo("Degraded"), ready.Text);
                Assert.That(ready.StatusOf("calendar"), Is.EqualTo("Degraded"));
                Assert.That(ready.DescriptionOf("calendar"), Does.Contain("no holidays for 2027").And.Contain("publish a calendar declaring 2026 and 2027"));
                Assert.That(ready.StatusOf("store"), Is.EqualTo("Healthy"));
            });
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
