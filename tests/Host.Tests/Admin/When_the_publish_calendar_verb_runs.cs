using System.Text.Json.Nodes;
using CaseFlow.Host.Admin;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>
/// The publish-calendar verb, run beside a stopped service on its database: a calendar with errors is refused with the JSON path
/// and nothing stored, a missing file exits 2, and a calendar declaring 2027 is stored as the next version and recomputes the
/// deadline of a case that was provisional because it fell in 2027; the service reads the case so when it starts again.
/// </summary>
[TestFixture]
public sealed class When_the_publish_calendar_verb_runs
{
    private static readonly DateTimeOffset Tuesday = new(2026, 12, 29, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"caseflow-publish-calendar-{Guid.NewGuid():N}");
    private readonly string _database = CaseFlowFactory.NewDatabasePath();
    private Guid _case;
    private DateTimeOffset _provisionalDeadline;
    private (int Exit, string Output) _invalid;
    private (int Exit, string Output) _missing;
    private (int Exit, string Output) _published;
    private (int Exit, string Output) _again;
    private JsonObject _after = null!;

    [OneTimeSetUp]
    public async Task Run()
    {
        Directory.CreateDirectory(_folder);
        await using (var service = new CaseFlowFactory(_database, time: new FakeTimeProvider(Tuesday)))
        {
            using var client = service.CreateClient();
            _case = await AdminApi.HandledCaseAsync(client, $"verb-calendar-{Guid.NewGuid():N}", progress: false);
            var before = await AdminApi.GetJsonAsync(client, $"/cases/{_case}");
            Assert.That(before["case"]!["isProvisional"]!.GetValue<bool>(), Is.True, "the case's deadline falls in 2027, which workflows.json does not declare");
            _provisionalDeadline = before["case"]!["handlingDeadline"]!.GetValue<DateTimeOffset>();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _invalid = await RunAsync(Write("broken.json", AdminApi.CalendarWith2027().Replace("\"2027-01-03\"", "\"2026-01-03\"", StringComparison.Ordinal)));
        _missing = await RunAsync(Path.Combine(_folder, "missing.json"));
        _published = await RunAsync(Write("calendar-2027.json", AdminApi.CalendarWith2027()));
        _again = await RunAsync(Write("calendar-2027-again.json", AdminApi.CalendarWith2027()));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using var restarted = new CaseFlowFactory(_database, time: new FakeTimeProvider(Tuesday));
        using var reader = restarted.CreateClient();
        _after = await AdminApi.GetJsonAsync(reader, $"/cases/{_case}");
    }

    [OneTimeTearDown]
    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        CaseFlowFactory.DeleteDatabase(_database);
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void Should_refuse_an_invalid_calendar_at_its_json_path_and_store_nothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_invalid.Exit, Is.EqualTo(1));
            Assert.That(_invalid.Output, Does.Contain("$.years[2].holidays[0].to").And.Contain("not in 2027"));
            Assert.That(_invalid.Output, Does.Contain("nothing was published; calendar version 1 stays current"));
        });
    }

    [Test]
    public void Should_exit_2_when_the_file_cannot_be_read() => Assert.That(_missing.Exit, Is.EqualTo(2));

    [Test]
    public void Should_publish_the_next_version_and_recompute_the_provisional_deadline()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_published.Exit, Is.EqualTo(0));
            Assert.That(_published.Output, Does.Contain("published as calendar version 2").And.Contain("1 provisional deadline(s) recomputed, 0 case(s) still provisional"));
            Assert.That(_again.Exit, Is.EqualTo(0));
            Assert.That(_again.Output, Does.Contain("unchanged: already calendar version 2"));
        });
    }

    [Test]
    public void Should_leave_the_case_recomputed_on_the_new_calendar_for_the_service()
    {
        var state = _after["case"]!;
        Assert.Multiple(() =>
        {
            Assert.That(state["isProvisional"]!.GetValue<bool>(), Is.False);
            Assert.That(state["calendarVersion"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(_after["history"]!.AsArray()[^1]!["trigger"]!.GetValue<string>(), Is.EqualTo("RecomputeDeadline"));
            Assert.That(state["handlingDeadline"]!.GetValue<DateTimeOffset>(), Is.GreaterThan(_provisionalDeadline), "元旦 (1–3 January 2027) pushes it later");
        });
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
        var exit = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["publish-calendar", path, $"--CaseFlow:Database={_database}"], TextReader.Null, output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n") + error.ToString().ReplaceLineEndings("\n"));
    }
}
