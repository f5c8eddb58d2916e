using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Accounts;
using CaseFlow.Host.Privacy;

namespace CaseFlow.Host.Tests.Privacy;

/// <summary>The master keys rotated and retired, and a case erased, from the command line, against a store the service wrote.</summary>
public sealed class When_the_personal_data_verbs_run
{
    private const string Phone = "13957880001";
    private string _database = null!;
    private string _keyFile = null!;
    private Guid _caseId;
    private (int Code, string Output, string Errors) _rotated;
    private (int Code, string Output, string Errors) _retired;
    private (int Code, string Output, string Errors) _status;
    private (int Code, string Output, string Errors) _erased;
    private (int Code, string Output, string Errors) _erasedAgain;
    private (int Code, string Output, string Errors) _noReason;
    private string _readAfterRotation = null!;
    private string _readAfterErasure = null!;

    [OneTimeSetUp]
    public async Task Rotate_retire_and_erase()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _keyFile = _database + ".personal-data.keys";
        await using (var factory = new CaseFlowFactory(_database))
        {
            using var client = factory.CreateClient();
            var response = await client.PostAsJsonAsync("/cases", new
            {
                clientKey = "verbs-1",
                actor = "command-room",
                category = "petition",
                description = "反映征地补偿问题",
                channel = "visit",
                reporter = new { name = "钟先生", phone = Phone },
            });
            _caseId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

            _rotated = await RunAsync("keys", "rotate");

            // The running service reads the rotated key file again when it meets the new key.
            _readAfterRotation = await ReadAsAuditorAsync(factory);
        }

        _retired = await RunAsync("keys", "retire");
        _status = await RunAsync("keys", "status");
        _noReason = await RunAsync("erase", _caseId.ToString(), "--by", "dpo-wang");
        _erased = await RunAsync("erase", _caseId.ToString(), "--reason", "保存期满", "--by", "dpo-wang");
        _erasedAgain = await RunAsync("erase", _caseId.ToString(), "--reason", "保存期满", "--by", "dpo-wang");
        await using (var factory = new CaseFlowFactory(_database))
        {
            _readAfterErasure = await ReadAsAuditorAsync(factory);
        }
    }

    [OneTimeTearDown]
    public void Remove() => CaseFlowFactory.DeleteDatabase(_database);

    [Test]
    public void Should_rotate_to_a_new_key_and_rewrap_the_case()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_rotated.Code, Is.Zero, _rotated.Errors);
            Assert.That(_rotated.Output, Does.Contain("re-wrapped 1 case key(s) so far").And.Contain("re-wrapped 1 case key(s) with master key"));
            Assert.That(_readAfterRotation, Does.Contain(Phone), "the data reads in clear to an auditor after the rotation");
        });
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Should_retire_the_old_key_leaving_one_file_readable_by_the_service_alone()
    {
        var keys = JsonNode.Parse(File.ReadAllText(_keyFile))!["keys"]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(_retired.Code, Is.Zero, _retired.Errors);
            Assert.That(keys.Count, Is.EqualTo(1));
            Assert.That(_status.Output, Does.Contain($"active master key: {keys.Single().Key}"));
            Assert.That(File.GetUnixFileMode(_keyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        });
    }

    [Test]
    public void Should_erase_once_with_a_reason_and_read_as_erased_afterwards()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_noReason.Code, Is.EqualTo(2));
            Assert.That(_noReason.Errors, Does.Contain("'--reason' is required"));
            Assert.That(_erased.Code, Is.Zero, _erased.Errors);
            Assert.That(_erasedAgain.Code, Is.EqualTo(2));
            Assert.That(_erasedAgain.Errors, Does.Contain("already erased").And.Contain("dpo-wang"));
            Assert.That(_readAfterErasure, Does.Contain("[erased]").And.Not.Contain(Phone));
        });
    }

    private async Task<(int, string, string)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync([.. args, $"--CaseFlow:Database={_database}", $"--CaseFlow:PersonalData:KeyFile={_keyFile}", $"--CaseFlow:Definition={CaseFlowFactory.DefinitionPath()}"], TextReader.Null, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private async Task<string> ReadAsAuditorAsync(CaseFlowFactory factory)
    {
        using var auditor = factory.CreateClientAs("auditor", [], [AccountRoles.Auditor]);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/cases/{_caseId}?personalData=true");
        request.Headers.Add("X-Disclosure-Reason", Uri.EscapeDataString("核实来访人身份"));
        return await (await auditor.SendAsync(request)).Content.ReadAsStringAsync();
    }
}
