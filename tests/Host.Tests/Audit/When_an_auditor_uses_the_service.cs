using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Host.Tests.Audit;

[TestFixture]
public sealed class When_an_auditor_uses_the_service
{
    private const string Auditor = "审计员-王";
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _caseId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, new Dictionary<string, string?> { ["CaseFlow:Audit:PersonalDataAuditors:0"] = Auditor });
        _client = _factory.CreateClient();
        var response = await _client.PostAsJsonAsync("/cases", new
        {
            clientKey = "audit-http-1",
            actor = "command-room",
            category = "petition",
            description = "反映征地补偿问题",
            channel = "visit",
            reporter = new { name = "雷先生", phone = "13957884321", idNumber = "331125198001015678" },
        });
        _caseId = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        await Http.CaseApi.AcceptAsync(_client, _caseId, "Register", new { actor = "command-room" });
        await Http.CaseApi.AcceptAsync(_client, _caseId, "Triage", new { actor = "command-room" });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_replay_a_case_step_by_step_with_the_reporter_masked()
    {
        var report = JsonNode.Parse(await _client.GetStringAsync($"/audit/cases/{_caseId}/replay"))!;
        var steps = report["steps"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(report["isFaithful"]!.GetValue<bool>(), Is.True);
            Assert.That(steps.Select(s => s!["trigger"]!.GetValue<string>()), Is.EqualTo(new[] { "Submit", "Register", "Triage" }));
            Assert.That(steps[2]!["actorKind"]!.GetValue<string>(), Is.EqualTo("commandRoom"));
            Assert.That(report["state"]!["reporter"]!["phone"]!.GetValue<string>(), Is.EqualTo("139****4321"));
        });
    }

    [Test]
    public async Task Should_verify_every_chain()
    {
        var report = JsonNode.Parse(await _client.GetStringAsync("/audit/verify"))!;
        Assert.Multiple(() =>
        {
            Assert.That(report["intact"]!.GetValue<bool>(), Is.True);
            Assert.That(report["events"]!.GetValue<long>(), Is.GreaterThanOrEqualTo(3));
        });
    }

    [Test]
    public async Task Should_export_masked_unless_an_allowed_auditor_asks()
    {
        var masked = await _client.GetStringAsync($"/audit/export?caseId={_caseId}&format=csv");

        using var refused = new HttpRequestMessage(HttpMethod.Get, $"/audit/export?caseId={_caseId}&format=csv&personalData=true");
        refused.Headers.Add("X-Auditor", "someone");
        var refusedResponse = await _client.SendAsync(refused);

        using var allowed = new HttpRequestMessage(HttpMethod.Get, $"/audit/export?caseId={_caseId}&format=csv&personalData=true");
        allowed.Headers.Add("X-Auditor", Auditor);
        var allowedText = await (await _client.SendAsync(allowed)).Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(masked, Does.Contain("139****4321").And.Not.Contain("13957884321"));
            Assert.That((int)refusedResponse.StatusCode, Is.EqualTo(403));
            Assert.That(allowedText, Does.Contain("13957884321").And.Contain("331125198001015678"));
        });
    }

    [Test]
    public async Task Should_show_the_case_as_of_an_instant()
    {
        var history = JsonNode.Parse(await _client.GetStringAsync($"/cases/{_caseId}"))!["history"]!.AsArray();
        var registeredAt = history[1]!["at"]!.GetValue<string>();
        var state = JsonNode.Parse(await _client.GetStringAsync($"/audit/cases/{_caseId}/as-of?at={Uri.EscapeDataString(registeredAt)}"))!;
        Assert.That(state["state"]!.GetValue<string>(), Is.EqualTo("Registered"));
    }

    [Test]
    public async Task Should_report_a_tampered_case_over_http()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        try
        {
            await using var factory = new CaseFlowFactory(database);
            using var client = factory.CreateClient();
            var id = await Http.CaseApi.SubmitAsync(client, "audit-tamper-1");
            await Http.CaseApi.AcceptAsync(client, id, "Register", new { actor = "command-room" });
            using (var connection = new SqliteConnection($"Data Source={database}"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE events SET actor = 'forged' WHERE sequence = 2";
                command.ExecuteNonQuery();
            }

            var verify = JsonNode.Parse(await client.GetStringAsync("/audit/verify"))!;
            var replay = JsonNode.Parse(await client.GetStringAsync($"/audit/cases/{id}/replay"))!;
            Assert.Multiple(() =>
            {
                Assert.That(verify["intact"]!.GetValue<bool>(), Is.False);
                Assert.That(verify["broken"]![0]!["firstBadSequence"]!.GetValue<long>(), Is.EqualTo(2));
                Assert.That(replay["isFaithful"]!.GetValue<bool>(), Is.False);
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
