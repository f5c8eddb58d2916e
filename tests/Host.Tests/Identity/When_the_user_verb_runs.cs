using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Host.Identity;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>
/// The user verb manages local accounts in the database the service uses: added with positions read against the organisation and a
/// password from standard input, listed without passwords, disabled and given a new password; the service signs them in.
/// </summary>
[TestFixture]
public sealed class When_the_user_verb_runs
{
    private readonly string _database = CaseFlowFactory.NewDatabasePath();

    [OneTimeTearDown]
    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_add_an_account_the_service_signs_in_with_its_positions()
    {
        var added = await RunAsync("wang-password-1\n", "add", "wang", "--position", "office:demolition-office", "--position", "commandRoom", "--role", "auditor", "--password-stdin");
        var listed = await RunAsync("", "list");
        await using var service = new CaseFlowFactory(_database);
        using var anonymous = service.CreateAnonymousClient();
        var response = await anonymous.PostAsJsonAsync("/auth/token", new { userName = "wang", password = "wang-password-1" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(added.Exit, Is.Zero, added.Errors);
            Assert.That(added.Output, Does.Contain("user add wang: done"));
            Assert.That(listed.Output, Does.Contain("wang\tenabled\tpositions=office:demolition-office,commandRoom:command-room\troles=auditor"));
            Assert.That(listed.Output, Does.Not.Contain("wang-password-1").And.Not.Contain("AQAAAA"), "neither password nor hash is shown");
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(body["positions"]!.AsArray().Select(p => p!.GetValue<string>()), Is.EqualTo(new[] { "office:demolition-office", "commandRoom:command-room" }));
        });
    }

    [Test]
    public async Task Should_refuse_a_position_the_organisation_does_not_declare_naming_those_it_does()
    {
        var unknown = await RunAsync("li-password-1\n", "add", "li", "--position", "office:ministry-of-magic", "--password-stdin");
        var malformed = await RunAsync("li-password-1\n", "add", "li", "--position", "demolition-office", "--password-stdin");
        var reporter = await RunAsync("li-password-1\n", "add", "li", "--position", "system:system", "--password-stdin");
        var listed = await RunAsync("", "list");

        Assert.Multiple(() =>
        {
            Assert.That(unknown.Exit, Is.EqualTo(2));
            Assert.That(unknown.Errors, Does.Contain("'office:ministry-of-magic' names no office of the organisation").And.Contain("office:demolition-office"));
            Assert.That(malformed.Exit, Is.EqualTo(2));
            Assert.That(malformed.Errors, Does.Contain("write kind:id"));
            Assert.That(reporter.Exit, Is.EqualTo(2), "the timer pump's position is held by no account");
            Assert.That(listed.Output, Does.Not.Contain("li\t"));
        });
    }

    [Test]
    public async Task Should_refuse_a_password_on_the_command_line_or_too_short()
    {
        var noStdin = await RunAsync("", "add", "zhao", "--position", "commandRoom");
        var short_ = await RunAsync("short\n", "add", "zhao", "--position", "commandRoom", "--password-stdin");

        Assert.Multiple(() =>
        {
            Assert.That(noStdin.Exit, Is.EqualTo(2));
            Assert.That(noStdin.Errors, Does.Contain("--password-stdin"));
            Assert.That(short_.Exit, Is.EqualTo(2));
            Assert.That(short_.Errors, Does.Contain("at least 8 characters"));
        });
    }

    [Test]
    public async Task Should_disable_an_account_and_change_its_password()
    {
        await RunAsync("sun-password-1\n", "add", "sun", "--position", "leader:deputy-secretary", "--password-stdin");
        var passwd = await RunAsync("sun-password-2\n", "passwd", "sun", "--password-stdin");
        await using var service = new CaseFlowFactory(_database);
        using var anonymous = service.CreateAnonymousClient();
        var oldPassword = await anonymous.PostAsJsonAsync("/auth/token", new { userName = "sun", password = "sun-password-1" });
        var newPassword = await anonymous.PostAsJsonAsync("/auth/token", new { userName = "sun", password = "sun-password-2" });
        var disable = await RunAsync("", "disable", "sun");
        var afterDisable = await anonymous.PostAsJsonAsync("/auth/token", new { userName = "sun", password = "sun-password-2" });
        var listed = await RunAsync("", "list");
        var missing = await RunAsync("", "disable", "nobody");

        Assert.Multiple(() =>
        {
            Assert.That(passwd.Exit, Is.Zero);
            Assert.That((int)oldPassword.StatusCode, Is.EqualTo(401));
            Assert.That((int)newPassword.StatusCode, Is.EqualTo(200));
            Assert.That(disable.Exit, Is.Zero);
            Assert.That((int)afterDisable.StatusCode, Is.EqualTo(401));
            Assert.That(listed.Output, Does.Contain("sun\tdisabled"));
            Assert.That(missing.Exit, Is.EqualTo(2));
            Assert.That(missing.Errors, Does.Contain("there is no account 'nobody'"));
        });
    }

    [Test]
    public async Task Should_print_help_without_touching_any_database()
    {
        var untouched = CaseFlowFactory.NewDatabasePath();

        var help = await UserVerbAsync("", ["--help", $"--CaseFlow:Database={untouched}"]);
        var addHelp = await UserVerbAsync("", ["add", "x", "--position", "commandRoom", "-h", $"--CaseFlow:Database={untouched}"]);

        Assert.Multiple(() =>
        {
            Assert.That(help.Exit, Is.Zero);
            Assert.That(help.Output, Does.Contain("add <NAME>").And.Contain("passwd <NAME>").And.Contain("list"));
            Assert.That(addHelp.Exit, Is.Zero);
            Assert.That(addHelp.Output, Does.Contain("--position <KIND:ID>").And.Contain("--password-stdin"));
            Assert.That(File.Exists(untouched), Is.False);
        });
    }

    [Test]
    public async Task Should_refuse_a_command_it_does_not_know()
    {
        var result = await RunAsync("", "promote", "wang");

        Assert.Multiple(() =>
        {
            Assert.That(result.Exit, Is.EqualTo(2));
            Assert.That(result.Errors, Does.Contain("'promote'").And.Contain("Usage:").And.Contain("add <NAME>"));
        });
    }

    private Task<(int Exit, string Output, string Errors)> RunAsync(string input, params string[] args) =>
        UserVerbAsync(input, [.. args, $"--CaseFlow:Database={_database}", $"--CaseFlow:Definition={CaseFlowFactory.DefinitionPath()}"]);

    private static async Task<(int Exit, string Output, string Errors)> UserVerbAsync(string input, string[] args)
    {
        using var stdin = new StringReader(input);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["user", .. args], stdin, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
