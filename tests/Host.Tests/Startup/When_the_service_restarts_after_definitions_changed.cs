using CaseFlow.Host.Tests.Admin;

namespace CaseFlow.Host.Tests.Startup;

/// <summary>
/// Which version is current survives a restart: one published through the admin API stays current while the file is unchanged;
/// a file changed while the service was down is published when it starts.
/// </summary>
[TestFixture]
public sealed class When_the_service_restarts_after_definitions_changed
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"caseflow-restart-{Guid.NewGuid():N}");
    private string _database = "";
    private string _path = "";

    [SetUp]
    public void CopyTheFile()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, "workflows.json");
        File.WriteAllText(_path, DefinitionEdits.Real);
    }

    [TearDown]
    public void Clean()
    {
        CaseFlowFactory.DeleteDatabase(_database);
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task Should_keep_an_admin_publication_current_and_publish_a_file_changed_while_down()
    {
        await using (var first = Start())
        {
            using var client = first.CreateClient();
            Assert.That((int)(await AdminApi.PublishAsync(client, DefinitionEdits.WithDeadline("petition", 40))).StatusCode, Is.EqualTo(201));
        }

        int afterRestart;
        await using (var second = Start())
        {
            afterRestart = await AdminApi.CurrentVersionAsync(second.CreateClient());
        }

        await File.WriteAllTextAsync(_path, DefinitionEdits.WithDeadline("sanitation", 3));
        await using var third = Start();
        using var again = third.CreateClient();
        var current = await AdminApi.GetJsonAsync(again, "/admin/definitions/current");

        Assert.Multiple(() =>
        {
            Assert.That(afterRestart, Is.EqualTo(2), "the file did not change, so the admin's version 2 stays current");
            Assert.That(current["version"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(current["publishedBy"]!.GetValue<string>(), Is.EqualTo("caseflow (start)"));
        });
    }

    [Test]
    public async Task Should_make_an_older_version_current_again_when_the_file_goes_back_to_it()
    {
        await using (var first = Start())
        {
            using var client = first.CreateClient();
            await File.WriteAllTextAsync(_path, DefinitionEdits.WithDeadline("petition", 40));
        }

        await using (var second = Start())
        {
            Assert.That(await AdminApi.CurrentVersionAsync(second.CreateClient()), Is.EqualTo(2));
        }

        await File.WriteAllTextAsync(_path, DefinitionEdits.Real);
        await using var third = Start();
        var versions = await AdminApi.GetJsonAsync(third.CreateClient(), "/admin/definitions/versions");

        Assert.That(versions["current"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(versions["versions"]!.AsArray(), Has.Count.EqualTo(2), "the same content is the same version");
    }

    private CaseFlowFactory Start() => new(_database, new Dictionary<string, string?>
    {
        ["CaseFlow:Definition"] = _path,
        ["CaseFlow:Admin:WatchDefinition"] = "false",
    });
}
