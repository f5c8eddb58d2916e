using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Startup;

/// <summary>
/// The service on a fake clock: a case signed for on Monday 3 March 2025 is stopped with it; restarted on Thursday at 11:00, after
/// the warning fell due (10:00), the hosted timer pump warns once at start; as the clock runs on it urges at 16:00.
/// </summary>
[TestFixture]
public sealed class When_a_timer_falls_due_while_the_service_is_stopped
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly string _database = CaseFlowFactory.NewDatabasePath();
    private JsonObject _signedFor = null!;
    private JsonObject _afterRestart = null!;
    private JsonObject _afterUrging = null!;

    [OneTimeSetUp]
    public async Task StopAndRestart()
    {
        Guid id;
        var monday = new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, China));
        await using (var first = new CaseFlowFactory(_database, time: monday))
        {
            using var client = first.CreateClient();
            id = await CaseApi.SubmitAsync(client, "downtime-1", "sanitation");
            await CaseApi.AcceptAsync(client, id, "Register", new { actor = "command-room" });
            await CaseApi.AcceptAsync(client, id, "Triage", new { actor = "command-room" });
            await CaseApi.AcceptAsync(client, id, "Dispatch", new { actor = "command-room" });
            await CaseApi.AcceptAsync(client, id, "Assign", new { actor = "armed-forces-head" });
            _signedFor = await CaseApi.AcceptAsync(client, id, "SignFor", new { actor = "sanitation-office" });
        }

        var thursday = new FakeTimeProvider(new DateTimeOffset(2025, 3, 6, 11, 0, 0, China));
        await using var second = new CaseFlowFactory(_database, time: thursday);
        using var again = second.CreateClient();
        _afterRestart = await WaitForAsync(again, id, "Warn");
        thursday.SetUtcNow(new DateTimeOffset(2025, 3, 6, 16, 0, 0, China));
        _afterUrging = await WaitForAsync(again, id, "Urge");
    }

    [OneTimeTearDown]
    public void Clean() => CaseFlowFactory.DeleteDatabase(_database);

    [Test]
    public void Should_show_the_deadline_and_the_timers_when_signed_for() =>
        Assert.Multiple(() =>
        {
            Assert.That(_signedFor["case"]!["handlingDeadline"]!.GetValue<DateTimeOffset>(), Is.EqualTo(new DateTimeOffset(2025, 3, 6, 17, 30, 0, China)));
            Assert.That(Timers(_signedFor), Is.EquivalentTo(new[] { "warn", "overdue" }));
        });

    [Test]
    public void Should_warn_once_at_start_as_the_system() =>
        Assert.Multiple(() =>
        {
            var warnings = Events(_afterRestart, "Warn");
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0]!["actor"]!.GetValue<string>(), Is.EqualTo("system"));
            Assert.That(_afterRestart["case"]!["supervision"]!.GetValue<string>(), Is.EqualTo("Warned"));
        });

    [Test]
    public void Should_urge_when_the_clock_reaches_the_next_timer_without_warning_again() =>
        Assert.Multiple(() =>
        {
            Assert.That(Events(_afterUrging, "Urge"), Has.Count.EqualTo(1));
            Assert.That(Events(_afterUrging, "Warn"), Has.Count.EqualTo(1));
            Assert.That(Timers(_afterUrging), Is.EquivalentTo(new[] { "overdue", "urge" }));
        });

    private static List<JsonNode?> Events(JsonObject view, string trigger) =>
        view["history"]!.AsArray().Where(e => e!["trigger"]!.GetValue<string>() == trigger).ToList();

    private static List<string> Timers(JsonObject view) =>
        view["timers"]!.AsArray().Select(t => t!["kind"]!.GetValue<string>()).ToList();

    /// <summary>Reads the case until its history holds the trigger (the pump runs in the background), for at most 30 seconds.</summary>
    private static async Task<JsonObject> WaitForAsync(HttpClient client, Guid id, string trigger)
    {
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromSeconds(30); await Task.Delay(100))
        {
            var view = await CaseApi.GetAsync(client, id);
            if (Events(view, trigger).Count > 0)
            {
                return view;
            }
        }

        throw new AssertionException($"the timer pump did not record {trigger} on case {id} within 30 seconds");
    }
}
