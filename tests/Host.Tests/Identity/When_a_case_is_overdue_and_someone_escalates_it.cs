using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>
/// On a fake clock a case signed for on Monday is marked overdue by the timer pump on Friday; escalating it is the pump's step too,
/// so the command room and the leaders sending Escalate over HTTP are refused, and the case stays where the pump left it.
/// </summary>
[TestFixture]
public sealed class When_a_case_is_overdue_and_someone_escalates_it
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly string _database = CaseFlowFactory.NewDatabasePath();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, China));
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _id;
    private JsonObject _overdue = null!;

    [OneTimeSetUp]
    public async Task MakeItOverdue()
    {
        _factory = new CaseFlowFactory(_database, time: _clock);
        _client = _factory.CreateClient();
        _id = await CaseApi.SubmitAsync(_client, "overdue-escalate-1", "sanitation");
        await CaseApi.AcceptAsync(_client, _id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, _id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, _id, "Dispatch", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, _id, "Assign", new { actor = "armed-forces-head" });
        await CaseApi.AcceptAsync(_client, _id, "SignFor", new { actor = "sanitation-office" });
        _clock.SetUtcNow(new DateTimeOffset(2025, 3, 7, 9, 0, 0, China));
        _overdue = await WaitForAsync("MarkOverdue");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [TestCase("command-room")]
    [TestCase("armed-forces-head")]
    [TestCase("deputy-secretary")]
    public async Task Should_refuse_escalation_over_http(string actor)
    {
        var response = await CaseApi.CommandAsync(_client, _id, "Escalate", new { actor, note = "请领导督办" });
        var problem = await CaseApi.ProblemAsync(response);
        var after = await CaseApi.GetAsync(_client, _id);

        Assert.Multiple(() =>
        {
            Assert.That(_overdue["case"]!["supervision"]!.GetValue<string>(), Is.EqualTo("Overdue"));
            Assert.That((int)response.StatusCode, Is.EqualTo(403));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("timer pump"));
            Assert.That(after["history"]!.AsArray().Count(e => e!["trigger"]!.GetValue<string>() == "Escalate"), Is.Zero);
        });
    }

    /// <summary>Reads the case until its history holds the trigger (the pump runs in the background), for at most 30 seconds.</summary>
    private async Task<JsonObject> WaitForAsync(string trigger)
    {
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromSeconds(30); await Task.Delay(100))
        {
            var view = await CaseApi.GetAsync(_client, _id);
            if (view["history"]!.AsArray().Any(e => e!["trigger"]!.GetValue<string>() == trigger))
            {
                return view;
            }
        }

        throw new AssertionException($"the timer pump did not record {trigger} on case {_id} within 30 seconds");
    }
}
