using CaseFlow.Engine.Supervision;
using CaseFlow.Host.Tests.Http;
using CaseFlow.Host.Tests.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Health;

/// <summary>A service whose timer pump does not run (as if stuck): a month after a case is signed for, its supervision timers are overdue and unfired.</summary>
[TestFixture]
public sealed class When_timers_fall_behind
{
    [Test]
    public async Task Should_be_degraded_once_the_lag_passes_the_threshold()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        var clock = new FakeTimeProvider(HealthProbe.In2025);
        try
        {
            await using var service = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Health:TimerLag"] = "00:01:00" }, clock);
            await using var stuck = service.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            {
                foreach (var pump in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(TimerPumpService)).ToList())
                {
                    services.Remove(pump);
                }
            }));
            using var client = stuck.CreateDefaultClient(new TestSignIn(stuck).Handler());
            using var probe = stuck.CreateClient();

            var id = await CaseApi.SubmitAsync(client, "health-timers-1", "sanitation");
            await CaseApi.AcceptAsync(client, id, "Register", new { actor = "command-room" });
            await CaseApi.AcceptAsync(client, id, "Triage", new { actor = "command-room" });
            await CaseApi.AcceptAsync(client, id, "Dispatch", new { actor = "command-room" });
            await CaseApi.AcceptAsync(client, id, "Assign", new { actor = "armed-forces-head" });
            var signedFor = await CaseApi.AcceptAsync(client, id, "SignFor", new { actor = "sanitation-office" });
            var onTime = await HealthProbe.ReadAsync(probe);
            clock.Advance(TimeSpan.FromDays(30));
            var late = await HealthProbe.ReadAsync(probe);

            Assert.Multiple(() =>
            {
                Assert.That(signedFor["timers"]!.AsArray(), Is.Not.Empty, "signed for, the case waits on its deadline's timers");
                Assert.That(onTime.StatusOf("timers"), Is.EqualTo("Healthy"), onTime.Text);
                Assert.That(late.Code, Is.EqualTo(200), late.Text);
                Assert.That(late.Status, Is.EqualTo("Degraded"), late.Text);
                Assert.That(late.StatusOf("timers"), Is.EqualTo("Degraded"));
                Assert.That(late.DescriptionOf("timers"), Does.StartWith("timer lag ").And.Contain("over the threshold 00:01:00"));
            });
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
