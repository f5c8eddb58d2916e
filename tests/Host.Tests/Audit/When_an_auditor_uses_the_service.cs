using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Host.Tests.Audit;

/// <summary>
/// Auditors replay, verify and export with reporters' personal data masked; it is disclosed only to a caller with the auditor role
/// who states why, and every disclosure is recorded where auditors list it.
/// </summary>
[TestFixture]
public sealed class When_an_auditor_uses_the_service
{
    private const string Reason = "信访复核 2026-118";
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _caseId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
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
    public async Task Should_export_masked_and_say_so_when_personal_data_is_not_asked_for()
    {
        var response = await _client.GetAsync($"/audit/export?caseId={_caseId}&format=csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("139****4321").And.Not.Contain("13957884321"));
            Assert.That(response.Headers.GetValues("X-Personal-Data"), Is.EqualTo(new[] { "masked" }));
        });
    }

    [Test]
    public async Task Should_keep_personal_data_masked_for_a_caller_without_the_auditor_role_whatever_its_headers_say()
    {
        using var office = _factory.CreateClientAs("petition-clerk", ["office:petition-office"]);
        using var request = Export(personalData: true, Reason);
        request.Headers.Add("X-Auditor", "auditor");

        var response = await office.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(text, Does.Contain("139****4321").And.Not.Contain("13957884321").And.Not.Contain("331125198001015678"));
            Assert.That(response.Headers.GetValues("X-Personal-Data"), Is.EqualTo(new[] { "masked" }));
            Assert.That(response.Headers.GetValues("X-Personal-Data-Note").Single(), Does.Contain("auditor role"));
        });
    }

    [Test]
    public async Task Should_keep_personal_data_masked_for_an_auditor_who_states_no_reason()
    {
        var response = await _client.SendAsync(Export(personalData: true, reason: null));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("13957884321"));
            Assert.That(response.Headers.GetValues("X-Personal-Data-Note").Single(), Does.Contain("X-Disclosure-Reason"));
        });
    }

    [Test]
    public async Task Should_disclose_personal_data_to_an_auditor_stating_why_and_list_the_disclosure()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var response = await _client.SendAsync(Export(personalData: true, Reason));
        var text = await response.Content.ReadAsStringAsync();
        var after = DateTimeOffset.UtcNow.AddSeconds(1);
        var range = $"from={Uri.EscapeDataString(before.ToString("O"))}&to={Uri.EscapeDataString(after.ToString("O"))}";
        var listed = JsonNode.Parse(await _client.GetStringAsync($"/audit/disclosures?{range}"))!["disclosures"]!.AsArray();
        using var office = _factory.CreateClientAs("petition-clerk", ["office:petition-office"]);
        var listedToOthers = await office.GetAsync($"/audit/disclosures?{range}");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("13957884321").And.Contain("331125198001015678"));
            Assert.That(response.Headers.GetValues("X-Personal-Data"), Is.EqualTo(new[] { "disclosed" }));
            Assert.That(listed.Select(d => (d!["auditor"]!.GetValue<string>(), d["what"]!.GetValue<string>(), d["caseId"]!.GetValue<Guid>(), d["reason"]!.GetValue<string>())),
                Is.EqualTo(new[] { ("auditor", "export", _caseId, Reason) }));
            Assert.That((int)listedToOthers.StatusCode, Is.EqualTo(403));
        });
    }

    [Test]
    public async Task Should_disclose_the_replayed_case_to_an_auditor_stating_why()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/audit/cases/{_caseId}/replay?personalData=true");
        request.Headers.Add("X-Disclosure-Reason", Uri.EscapeDataString("核实来访人身份"));

        var report = JsonNode.Parse(await (await _client.SendAsync(request)).Content.ReadAsStringAsync())!;

        Assert.That(report["state"]!["reporter"]!["phone"]!.GetValue<string>(), Is.EqualTo("13957884321"));
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

    private HttpRequestMessage Export(bool personalData, string? reason)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/audit/export?caseId={_caseId}&format=csv&personalData={(personalData ? "true" : "false")}");
        if (reason is not null)
        {
            request.Headers.Add("X-Disclosure-Reason", Uri.EscapeDataString(reason));
        }

        return request;
    }
}
