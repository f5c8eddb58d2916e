using CaseFlow.Host.Audit;
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
        _caseId = await Http.CaseApi.SubmitAsync(client, "audit-verbs-1");
        await Http.CaseApi.AcceptAsync(client, _caseId, "Register", new { actor = "command-room" });
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
    public async Task Should_refuse_personal_data_to_an_auditor_not_allowed_it()
    {
        var (code, _, errors) = await RunAsync("export", "--case", _caseId.ToString(), "--personal-data", "--auditor", "nobody");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(errors, Does.Contain("may not see personal data"));
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
        var code = await AuditVerbs.RunAsync(args[0], [.. args[1..], $"--CaseFlow:Database={database}", $"--CaseFlow:Definition={CaseFlowFactory.DefinitionPath()}"], output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
