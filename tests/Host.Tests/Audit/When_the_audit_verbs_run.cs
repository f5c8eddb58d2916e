using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Host.Audit;
using CaseFlow.Host.Identity;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Host.Tests.Audit;

[TestFixture]
public sealed class When_the_audit_verbs_run
{
    private string _database = "";
    private Guid _caseId;

    [OneTimeSetUp]
    public async Task Record()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        await using var factory = new CaseFlowFactory(_database);
        using var client = factory.CreateClient();
        var submitted = await client.PostAsJsonAsync("/cases", new
        {
            clientKey = "audit-verbs-1",
            actor = "command-room",
            category = "petition",
            description = "反映征地补偿问题",
            channel = "visit",
            reporter = new { name = "雷先生", phone = "13957884321" },
        });
        _caseId = Guid.Parse((await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        await Http.CaseApi.AcceptAsync(client, _caseId, "Register", new { actor = "command-room" });
        using var password = new StringReader("auditor-zhao-password\n");
        var added = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["user", "add", "auditor-zhao", "--role", "auditor", "--password-stdin", $"--CaseFlow:Database={_database}"], password, TextWriter.Null, TextWriter.Null);
        Assert.That(added, Is.Zero, "the auditor's account");
    }

    [OneTimeTearDown]
    public void Clean()
    {
        SqliteConnection.ClearAllPools();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_verify_and_replay_with_exit_code_zero_when_all_holds()
    {
        var (verifyCode, verifyOut, _) = await RunAsync("verify");
        var (replayCode, replayOut, _) = await RunAsync("replay", _caseId.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(verifyCode, Is.Zero);
            Assert.That(verifyOut, Does.Contain("verified 1 cases, 2 events").And.Contain("every chain holds"));
            Assert.That(replayCode, Is.Zero);
            Assert.That(replayOut, Does.Contain("Register: receive.Submitted → receive.Registered").And.Contain("faithful"));
        });
    }

    [Test]
    public async Task Should_export_a_case_as_csv()
    {
        var (code, output, _) = await RunAsync("export", "--case", _caseId.ToString(), "--format", "csv");
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(lines, Has.Length.EqualTo(3), "a header and one row per event");
            Assert.That(lines[0], Does.StartWith("caseId,sequence,at,actor"));
        });
    }

    [Test]
    public async Task Should_export_a_period_to_a_file_as_json_with_the_reporter_masked()
    {
        var file = Path.Combine(Path.GetTempPath(), $"caseflow-export-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = await RunAsync("export", "--from", "2000-01-01T00:00:00Z", "--to", "2100-01-01T00:00:00Z", "--output", file);
            var events = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsArray();
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.Zero);
                Assert.That(output, Does.Contain($"exported 2 events to {file}"));
                Assert.That(events.Select(e => (e!["caseId"]!.GetValue<Guid>(), e["sequence"]!.GetValue<long>())), Is.EqualTo(new[] { (_caseId, 1L), (_caseId, 2L) }));
                Assert.That(events[0]!["payload"]!["reporter"]!["phone"]!.GetValue<string>(), Is.EqualTo("139****4321"));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("nobody", "复核信访件", "auditor role")]
    [TestCase("command-room", "复核信访件", "auditor role")]
    [TestCase("auditor-zhao", "", "--reason")]
    public async Task Should_refuse_personal_data_without_an_auditor_account_and_a_reason(string auditor, string reason, string expected)
    {
        var (code, output, errors) = await RunAsync("export", "--case", _caseId.ToString(), "--personal-data", "--auditor", auditor, "--reason", reason);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(errors, Does.Contain(expected));
            Assert.That(output, Does.Not.Contain("13957884321"));
        });
    }

    [Test]
    public async Task Should_export_personal_data_to_an_auditor_stating_why_and_record_the_disclosure()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var (code, output, _) = await RunAsync("export", "--case", _caseId.ToString(), "--personal-data", "--auditor", "auditor-zhao", "--reason", "信访复核 2026-118");
        var disclosures = await ((IDisclosureLog)SqliteCaseStore.ForFile(_database)).ListDisclosuresAsync(before, DateTimeOffset.UtcNow.AddSeconds(1), 100);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(output, Does.Contain("13957884321"));
            Assert.That(disclosures.Select(d => (d.Auditor, d.CaseId, d.Reason)), Is.EqualTo(new[] { ("auditor-zhao", (Guid?)_caseId, "信访复核 2026-118") }));
        });
    }

    [Test]
    public async Task Should_refuse_an_export_period_outside_the_years_it_takes()
    {
        var (code, _, errors) = await RunAsync("export", "--from", "0001-01-01T00:00:00Z", "--to", "9999-12-31T00:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(errors, Does.Contain("--from (0001-01-01").And.Contain("years 2000–2100"));
        });
    }

    [Test]
    public async Task Should_exit_non_zero_when_a_chain_is_broken()
    {
        var copy = CaseFlowFactory.NewDatabasePath();
        SqliteConnection.ClearAllPools();
        File.Copy(_database, copy);
        try
        {
            using (var connection = new SqliteConnection($"Data Source={copy}"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE events SET payload = json_set(payload, '$.description', '改过的') WHERE sequence = 1";
                command.ExecuteNonQuery();
            }

            var (code, output, _) = await RunOnAsync(copy, "verify");
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1));
                Assert.That(output, Does.Contain($"case {_caseId}: first bad event 1"));
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            CaseFlowFactory.DeleteDatabase(copy);
        }
    }

    private Task<(int Code, string Output, string Errors)> RunAsync(params string[] args) => RunOnAsync(_database, args);

    private static async Task<(int Code, string Output, string Errors)> RunOnAsync(string database, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync([.. args, $"--CaseFlow:Database={database}", $"--CaseFlow:PersonalData:KeyFile={database}.personal-data.keys", $"--CaseFlow:Definition={CaseFlowFactory.DefinitionPath()}"], TextReader.Null, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
