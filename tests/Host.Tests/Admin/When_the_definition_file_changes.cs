using CaseFlow.Host.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>
/// The service watches its definition file (polling every 100 ms here). An editor saves a longer deadline by writing a new file and
/// renaming it over the old one: the service publishes it. Then it saves a broken file the same way: the service logs every error
/// and keeps serving the version it had.
/// </summary>
[TestFixture]
public sealed class When_the_definition_file_changes
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"caseflow-watch-{Guid.NewGuid():N}");
    private readonly string _database = CaseFlowFactory.NewDatabasePath();
    private readonly CapturedLogs _logs = new();
    private CaseFlowFactory _root = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;
    private string _path = "";
    private Guid _running;
    private int _versionAfterChange;
    private string? _refusal;
    private int _versionAfterBrokenChange;

    [OneTimeSetUp]
    public async Task EditTheFile()
    {
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, "workflows.json");
        await File.WriteAllTextAsync(_path, DefinitionEdits.Real);
        _root = new CaseFlowFactory(_database, new Dictionary<string, string?>
        {
            ["CaseFlow:Definition"] = _path,
            ["CaseFlow:Admin:WatchInterval"] = "00:00:00.100",
        });
        _factory = _root.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(_logs)));
        _client = _factory.CreateDefaultClient(new Identity.TestSignIn(_factory).Handler());
        _running = await CaseApi.SubmitAsync(_client, "watch-running", "petition");

        await SaveByRenameAsync(DefinitionEdits.WithDeadline("petition", 40));
        _versionAfterChange = await WaitForVersionAsync(2);

        await SaveByRenameAsync(DefinitionEdits.WithUnknownLeadOffice("petition", DefinitionEdits.WithUnknownLeadOffice("food-safety")));
        _refusal = await _logs.WaitForAsync(e => e.Level == LogLevel.Warning && e.Message.Contains("is not valid", StringComparison.Ordinal), Bound);
        _versionAfterBrokenChange = await AdminApi.CurrentVersionAsync(_client);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task Should_publish_the_changed_file_as_a_new_version()
    {
        var version = await AdminApi.GetJsonAsync(_client, "/admin/definitions/versions/2");

        Assert.Multiple(() =>
        {
            Assert.That(_versionAfterChange, Is.EqualTo(2));
            Assert.That(version["source"]!.GetValue<string>(), Is.EqualTo(_path));
            Assert.That(version["publishedBy"]!.GetValue<string>(), Is.EqualTo("caseflow (file change)"));
            Assert.That(version["categories"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "petition")!["deadline"]!.GetValue<string>(), Is.EqualTo("40 working days"));
        });
    }

    [Test]
    public void Should_log_every_error_of_a_broken_change_with_its_path()
    {
        Assert.That(_refusal, Is.Not.Null, $"no warning within {Bound}");
        Assert.That(_refusal, Does.Contain("version 2 keeps serving").And.Contain("2 error(s)"));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(_refusal!, @"\$\.categories\[\d+\]\.leadOffice: unknown office 'no-such-office'"), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Should_keep_serving_the_running_version_after_a_broken_change()
    {
        var fresh = await CaseApi.SubmitAsync(_client, "watch-after-broken", "petition");

        Assert.Multiple(async () =>
        {
            Assert.That(_versionAfterBrokenChange, Is.EqualTo(2));
            Assert.That((await AdminApi.GetJsonAsync(_client, "/admin/definitions/versions"))["versions"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That((await CaseApi.GetAsync(_client, fresh))["case"]!["definitionVersion"]!.GetValue<int>(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Should_leave_the_running_case_on_its_version()
    {
        var registered = await CaseApi.AcceptAsync(_client, _running, "Register", new { actor = "command-room" });

        Assert.That(registered["case"]!["definitionVersion"]!.GetValue<int>(), Is.EqualTo(1));
    }

    /// <summary>Saves as many editors do: a new file beside the old, renamed over it.</summary>
    private async Task SaveByRenameAsync(string text)
    {
        var temporary = _path + ".tmp";
        await File.WriteAllTextAsync(temporary, text);
        File.Move(temporary, _path, overwrite: true);
    }

    private async Task<int> WaitForVersionAsync(int expected)
    {
        var until = DateTime.UtcNow + Bound;
        var version = 0;
        while (DateTime.UtcNow < until && (version = await AdminApi.CurrentVersionAsync(_client)) != expected)
        {
            await Task.Delay(50);
        }

        return version;
    }
}
