using CaseFlow.Host.Admin;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>The publish verb stores a valid file as the current version of the configured database and refuses an invalid one.</summary>
[TestFixture]
public sealed class When_the_publish_verb_runs
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"caseflow-publish-{Guid.NewGuid():N}");
    private readonly string _database = CaseFlowFactory.NewDatabasePath();

    [OneTimeSetUp]
    public void Create() => Directory.CreateDirectory(_folder);

    [OneTimeTearDown]
    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        CaseFlowFactory.DeleteDatabase(_database);
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task Should_number_versions_refuse_an_invalid_file_and_be_adopted_by_the_service()
    {
        var first = await RunAsync(CaseFlowFactory.DefinitionPath());
        var second = await RunAsync(Write("v2.json", DefinitionEdits.WithDeadline("petition", 40)));
        var again = await RunAsync(Write("v2-again.json", DefinitionEdits.WithDeadline("petition", 40)));
        var invalid = await RunAsync(Write("broken.json", DefinitionEdits.WithUnknownLeadOffice("petition")));
        var unreadable = await RunAsync(Path.Combine(_folder, "missing.json"));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo((0, $"{CaseFlowFactory.DefinitionPath()}: published as version 1 (a new version) in {_database}\n")));
            Assert.That(second.Exit, Is.EqualTo(0));
            Assert.That(second.Output, Does.Contain("published as version 2 (a new version)"));
            Assert.That(again.Output, Does.Contain("published as version 2 (unchanged: already the current version)"));
            Assert.That(invalid.Exit, Is.EqualTo(1));
            Assert.That(invalid.Output, Does.Contain("$.categories[").And.Contain("nothing was published; version 2 stays current"));
            Assert.That(unreadable.Exit, Is.EqualTo(2));
        });

        await using var service = new CaseFlowFactory(_database, new Dictionary<string, string?> { ["CaseFlow:Admin:WatchDefinition"] = "false" });
        var current = await AdminApi.CurrentVersionAsync(service.CreateClient());
        Assert.That(current, Is.EqualTo(2), "the service's file is unchanged since the verb published it from the same path, so the verb's latest version stays current");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<(int Exit, string Output)> RunAsync(string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["publish", path, $"--CaseFlow:Database={_database}"], TextReader.Null, output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"));
    }
}
