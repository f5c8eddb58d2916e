using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Host.Tests.Attachments;

/// <summary>
/// A case with two photos; one photo's stored file is replaced by the other's, then put back; then the case's personal data is
/// erased. Verify (the endpoint and the verb) must name the swapped file, and afterwards call the erased ones erased, not tampered.
/// </summary>
public sealed class When_an_attachment_is_swapped_or_erased
{
    private string _database = null!;
    private CaseFlowFactory _factory = null!;
    private Guid _caseId;
    private string _first = null!;
    private string _second = null!;
    private JsonObject _swappedReport = null!;
    private (int Code, string Output) _swappedVerb;
    private (int Code, string Output) _missingVerb;
    private HttpResponseMessage _swappedDownload = null!;
    private HttpResponseMessage _erasedDownload = null!;
    private JsonObject _erasedReport = null!;
    private (int Code, string Output) _erasedVerb;

    [OneTimeSetUp]
    public async Task Swap_put_back_then_erase()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        using var room = _factory.CreateClientAs("duty-officer", ["commandRoom"]);
        using var auditor = _factory.CreateClient();
        _first = await AttachmentFiles.StageAsync(room, AttachmentFiles.Jpeg("before"), "image/jpeg", "before.jpg");
        _second = await AttachmentFiles.StageAsync(room, AttachmentFiles.Jpeg("after"), "image/jpeg", "after.jpg");
        var submitted = await room.PostAsJsonAsync("/cases", new
        {
            clientKey = "swap-1",
            category = "illegal-construction",
            description = "村口新建铁皮棚",
            channel = "hotline",
            reporter = new { name = "王女士", phone = "13800001111" },
            attachments = new[] { _first, _second },
        });
        Assert.That((int)submitted.StatusCode, Is.EqualTo(201), await submitted.Content.ReadAsStringAsync());
        _caseId = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        var first = Kept(_first);
        var original = await File.ReadAllBytesAsync(first);
        File.Copy(Kept(_second), first, overwrite: true);
        _swappedReport = JsonNode.Parse(await auditor.GetStringAsync("/audit/verify"))!.AsObject();
        _swappedVerb = await VerifyVerbAsync();
        _swappedDownload = await room.GetAsync($"/cases/{_caseId}/attachments/{_first}");
        File.Delete(first);
        _missingVerb = await VerifyVerbAsync();
        await File.WriteAllBytesAsync(first, original);

        var erased = await auditor.PostAsJsonAsync($"/admin/cases/{_caseId}/erasure", new { reason = "本人依法申请删除个人信息" });
        Assert.That((int)erased.StatusCode, Is.EqualTo(200), await erased.Content.ReadAsStringAsync());
        _erasedDownload = await room.GetAsync($"/cases/{_caseId}/attachments/{_first}");
        _erasedReport = JsonNode.Parse(await auditor.GetStringAsync("/audit/verify"))!.AsObject();
        _erasedVerb = await VerifyVerbAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        CaseFlowFactory.DeleteDatabase(_database);
        Directory.Delete(_database + ".attachments", recursive: true);
    }

    [Test]
    public void Should_name_the_case_the_event_and_the_swapped_attachment_in_the_verify_report()
    {
        var finding = _swappedReport["attachments"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(_swappedReport["intact"]!.GetValue<bool>(), Is.False);
            Assert.That(_swappedReport["broken"]!.AsArray(), Is.Empty, "the chain itself holds: only the file changed");
            Assert.That(finding["caseId"]!.GetValue<Guid>(), Is.EqualTo(_caseId));
            Assert.That(finding["sequence"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(finding["attachmentId"]!.GetValue<string>(), Is.EqualTo(_first));
            Assert.That(finding["status"]!.GetValue<string>(), Is.EqualTo("Unreadable"));
        });
    }

    [Test]
    public void Should_fail_the_verify_verb_on_a_swapped_or_missing_file()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_swappedVerb.Code, Is.EqualTo(1), _swappedVerb.Output);
            Assert.That(_swappedVerb.Output, Does.Contain($"case {_caseId}: event 1: attachment {_first}: the stored bytes do not open"));
            Assert.That(_missingVerb.Code, Is.EqualTo(1), _missingVerb.Output);
            Assert.That(_missingVerb.Output, Does.Contain($"attachment {_first}: no bytes are stored for it"));
        });
    }

    [Test]
    public async Task Should_refuse_to_serve_a_swapped_file()
    {
        var problem = await _swappedDownload.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That((int)_swappedDownload.StatusCode, Is.EqualTo(500));
            Assert.That(problem, Does.Contain("cannot be served").And.Contain("/audit/verify"));
        });
    }

    [Test]
    public async Task Should_answer_gone_once_the_case_is_erased()
    {
        var problem = await _erasedDownload.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That((int)_erasedDownload.StatusCode, Is.EqualTo(410));
            Assert.That(problem, Does.Contain("erased with case"));
        });
    }

    [Test]
    public void Should_report_erased_attachments_as_erased_not_as_tampering()
    {
        var statuses = _erasedReport["attachments"]!.AsArray().Select(a => a!["status"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(_erasedReport["intact"]!.GetValue<bool>(), Is.True, _erasedReport.ToJsonString());
            Assert.That(statuses, Is.EqualTo(new[] { "Erased", "Erased" }));
            Assert.That(_erasedVerb.Code, Is.EqualTo(0), _erasedVerb.Output);
            Assert.That(_erasedVerb.Output, Does.Contain("2 erased with their case's personal data").And.Contain($"attachment {_first}: erased:"));
        });
    }

    private string Kept(string id) => Path.Combine(_database + ".attachments", "cases", _caseId.ToString("N"), $"{Guid.Parse(id):N}.bin");

    private async Task<(int Code, string Output)> VerifyVerbAsync()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(
            ["verify", $"--CaseFlow:Database={_database}", $"--CaseFlow:PersonalData:KeyFile={_database}.personal-data.keys", $"--CaseFlow:Definition={CaseFlowFactory.DefinitionPath()}"],
            TextReader.Null, output, errors);
        return (code, output + errors.ToString());
    }
}
