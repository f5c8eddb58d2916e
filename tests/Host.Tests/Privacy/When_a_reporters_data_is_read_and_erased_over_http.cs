using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Accounts;

namespace CaseFlow.Host.Tests.Privacy;

/// <summary>A case with a reporter, read by staff and by an auditor, then erased by an administrator.</summary>
public sealed class When_a_reporters_data_is_read_and_erased_over_http
{
    private const string Phone = "13957884321";
    private const string IdNumber = "331125198001015678";
    private const string Reason = "本人依法申请删除个人信息";
    private string _database = null!;
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _caseId;
    private string _staffBefore = null!;
    private string _auditorBefore = null!;
    private HttpResponseMessage _withoutReason = null!;
    private HttpResponseMessage _byClerk = null!;
    private HttpResponseMessage _erased = null!;
    private HttpResponseMessage _again = null!;
    private HttpResponseMessage _unknown = null!;
    private string _auditorAfter = null!;

    [OneTimeSetUp]
    public async Task Read_then_erase()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        _client = _factory.CreateClient();
        var response = await _client.PostAsJsonAsync("/cases", new
        {
            clientKey = "erasure-http-1",
            actor = "command-room",
            category = "petition",
            description = "反映征地补偿问题",
            channel = "visit",
            reporter = new { name = "雷先生", phone = Phone, idNumber = IdNumber },
        });
        _caseId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        await Http.CaseApi.AcceptAsync(_client, _caseId, "Register", new { actor = "command-room" });

        _staffBefore = await _client.GetStringAsync($"/cases/{_caseId}");
        _auditorBefore = await AsAuditorAsync();

        using var clerk = _factory.CreateClientAs("clerk", ["commandRoom"]);
        _withoutReason = await _client.PostAsJsonAsync($"/admin/cases/{_caseId}/erasure", new { reason = " " });
        _byClerk = await clerk.PostAsJsonAsync($"/admin/cases/{_caseId}/erasure", new { reason = Reason });
        _erased = await _client.PostAsJsonAsync($"/admin/cases/{_caseId}/erasure", new { reason = Reason });
        _again = await _client.PostAsJsonAsync($"/admin/cases/{_caseId}/erasure", new { reason = Reason });
        _unknown = await _client.PostAsJsonAsync($"/admin/cases/{Guid.NewGuid()}/erasure", new { reason = Reason });
        _auditorAfter = await AsAuditorAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public void Should_show_staff_the_reporter_masked()
    {
        Assert.That(_staffBefore, Does.Contain("雷**").And.Contain("139****4321").And.Contain("3311**********5678")
            .And.Not.Contain(Phone).And.Not.Contain(IdNumber).And.Not.Contain("雷先生").And.Not.Contain("pd:v1:"));
    }

    [Test]
    public void Should_show_an_auditor_who_says_why_the_reporter_in_clear() =>
        Assert.That(_auditorBefore, Does.Contain(Phone).And.Contain(IdNumber).And.Contain("雷先生"));

    [Test]
    public async Task Should_erase_only_for_an_administrator_with_a_reason_and_once()
    {
        var body = JsonNode.Parse(await _erased.Content.ReadAsStringAsync())!;
        Assert.Multiple(async () =>
        {
            Assert.That((int)_withoutReason.StatusCode, Is.EqualTo(400));
            Assert.That(await _withoutReason.Content.ReadAsStringAsync(), Does.Contain("reason is required"));
            Assert.That((int)_byClerk.StatusCode, Is.EqualTo(403));
            Assert.That((int)_erased.StatusCode, Is.EqualTo(200));
            Assert.That(body["erasedBy"]!.GetValue<string>(), Is.EqualTo("admin"));
            Assert.That((int)_again.StatusCode, Is.EqualTo(409));
            Assert.That(await _again.Content.ReadAsStringAsync(), Does.Contain("already erased"));
            Assert.That((int)_unknown.StatusCode, Is.EqualTo(404));
        });
    }

    [Test]
    public void Should_read_as_erased_afterwards_even_to_an_auditor()
    {
        Assert.That(_auditorAfter, Does.Contain("[erased]").And.Not.Contain(Phone).And.Not.Contain("雷先生").And.Not.Contain("139****4321"));
    }

    [Test]
    public async Task Should_keep_the_chain_intact_and_the_replay_faithful()
    {
        var verified = JsonNode.Parse(await _client.GetStringAsync("/audit/verify"))!;
        var replay = JsonNode.Parse(await _client.GetStringAsync($"/audit/cases/{_caseId}/replay"))!;
        Assert.Multiple(() =>
        {
            Assert.That(verified["intact"]!.GetValue<bool>(), Is.True);
            Assert.That(replay["isFaithful"]!.GetValue<bool>(), Is.True, replay.ToJsonString());
        });
    }

    [Test]
    public async Task Should_list_the_erasure_to_auditors_alone()
    {
        using var auditor = _factory.CreateClientAs("auditor-2", [], [AccountRoles.Auditor]);
        using var clerk = _factory.CreateClientAs("clerk-2", ["commandRoom"]);
        var listed = JsonNode.Parse(await auditor.GetStringAsync("/audit/erasures"))!["erasures"]!.AsArray();
        var toClerk = await clerk.GetAsync("/audit/erasures");
        Assert.Multiple(() =>
        {
            Assert.That(listed.Select(e => (e!["caseId"]!.GetValue<Guid>(), e["by"]!.GetValue<string>(), e["reason"]!.GetValue<string>())),
                Is.EqualTo(new[] { (_caseId, "admin", Reason) }));
            Assert.That((int)toClerk.StatusCode, Is.EqualTo(403));
        });
    }

    [Test]
    public async Task Should_refuse_reasons_that_would_make_the_record_lie()
    {
        var erasure = await _client.PostAsJsonAsync($"/admin/cases/{_caseId}/erasure", new { reason = "本人申请\u202E删除" });
        using var auditor = _factory.CreateClientAs("auditor-3", [], [AccountRoles.Auditor]);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/cases/{_caseId}?personalData=true");
        request.Headers.Add("X-Disclosure-Reason", Uri.EscapeDataString("核实\u202E身份"));
        var read = await auditor.SendAsync(request);
        Assert.Multiple(async () =>
        {
            Assert.That((int)erasure.StatusCode, Is.EqualTo(400));
            Assert.That(await erasure.Content.ReadAsStringAsync(), Does.Contain("U+202E"));
            Assert.That(read.Headers.GetValues("X-Personal-Data").Single(), Is.EqualTo("masked"));
            Assert.That(read.Headers.GetValues("X-Personal-Data-Note").Single(), Does.Contain("bidirectional"));
        });
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Should_keep_the_database_and_the_key_file_readable_by_the_service_alone()
    {
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Multiple(() =>
        {
            Assert.That(File.GetUnixFileMode(_database), Is.EqualTo(OwnerOnly));
            Assert.That(File.GetUnixFileMode(_database + ".personal-data.keys"), Is.EqualTo(OwnerOnly));
        });
    }

    private async Task<string> AsAuditorAsync()
    {
        using var auditor = _factory.CreateClientAs("auditor", [], [AccountRoles.Auditor]);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/cases/{_caseId}?personalData=true");
        request.Headers.Add("X-Disclosure-Reason", Uri.EscapeDataString("核实来访人身份"));
        var response = await auditor.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
