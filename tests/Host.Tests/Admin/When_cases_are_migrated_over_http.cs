using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>
/// Version 2 renames handle.InProgress to handle.Working. A case being handled and a case just submitted run on version 1; the
/// administrator plans the move without a mapping, then with a wrong one, then applies it with the right one.
/// </summary>
[TestFixture]
public sealed class When_cases_are_migrated_over_http
{
    private static readonly Dictionary<string, string> Mapping = new() { ["handle.InProgress"] = "handle.Working" };

    private readonly string _database = CaseFlowFactory.NewDatabasePath();
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _working;
    private Guid _waiting;
    private JsonObject _plan = null!;
    private HttpResponseMessage _wrong = null!;
    private JsonObject _applied = null!;
    private JsonObject _workingAfter = null!;

    [OneTimeSetUp]
    public async Task Migrate()
    {
        _factory = new CaseFlowFactory(_database);
        _client = _factory.CreateClient();
        _working = await AdminApi.HandledCaseAsync(_client, "migrate-http-working");
        _waiting = await CaseApi.SubmitAsync(_client, "migrate-http-waiting", "neighbour-dispute");
        Assert.That((int)(await AdminApi.PublishAsync(_client, DefinitionEdits.WithInProgressRenamed())).StatusCode, Is.EqualTo(201));
        _plan = await AdminApi.ReadAsync(await AdminApi.MigrateAsync(_client, "plan", 1, 2));
        _wrong = await AdminApi.MigrateAsync(_client, "apply", 1, 2, new Dictionary<string, string> { ["handle.InProgres"] = "handle.Working" });
        _applied = await AdminApi.ReadAsync(await AdminApi.MigrateAsync(_client, "apply", 1, 2, Mapping));
        _workingAfter = await CaseApi.GetAsync(_client, _working);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public void Should_plan_the_moves_and_say_which_case_cannot_move_and_why()
    {
        var cannot = _plan["cannotMove"]!.AsArray().Single()!;

        Assert.Multiple(() =>
        {
            Assert.That(_plan["applied"]!.GetValue<bool>(), Is.False);
            Assert.That(_plan["moves"]!.AsArray().Select(m => Guid.Parse(m!["caseId"]!.GetValue<string>())), Is.EqualTo(new[] { _waiting }));
            Assert.That(Guid.Parse(cannot["caseId"]!.GetValue<string>()), Is.EqualTo(_working));
            Assert.That(cannot["position"]!.GetValue<string>(), Is.EqualTo("handle.InProgress"));
            Assert.That(cannot["reason"]!.GetValue<string>(), Does.Contain("'handle.InProgress' is not in version 2"));
            Assert.That(_plan["summary"]!.GetValue<string>(), Is.EqualTo("1 case(s) would move from version 1 to 2; 1 cannot move; 0 ended case(s) keep version 1"));
        });
    }

    [Test]
    public async Task Should_refuse_a_mapping_naming_a_state_that_does_not_exist_and_move_nothing()
    {
        var problem = await CaseApi.ProblemAsync(_wrong);

        Assert.Multiple(() =>
        {
            Assert.That((int)_wrong.StatusCode, Is.EqualTo(422));
            Assert.That(problem["errors"]!["stateMapping.handle.InProgres"]![0]!.GetValue<string>(), Does.Contain("not a state of version 1"));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("no case was moved"));
        });
    }

    [Test]
    public void Should_move_both_cases_with_the_mapping()
    {
        var moves = _applied["moves"]!.AsArray().ToDictionary(m => Guid.Parse(m!["caseId"]!.GetValue<string>()), m => m!["to"]!.GetValue<string>());

        Assert.Multiple(() =>
        {
            Assert.That(_applied["applied"]!.GetValue<bool>(), Is.True);
            Assert.That(moves, Is.EqualTo(new Dictionary<Guid, string> { [_working] = "handle.Working", [_waiting] = "receive.Submitted" }));
            Assert.That(_applied["cannotMove"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public void Should_record_the_move_in_the_case_history_and_pin_it_to_the_new_version()
    {
        var last = _workingAfter["history"]!.AsArray()[^1]!;

        Assert.Multiple(() =>
        {
            Assert.That(CaseApi.Position(_workingAfter), Is.EqualTo("handle.Working"));
            Assert.That(_workingAfter["case"]!["definitionVersion"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(last["trigger"]!.GetValue<string>(), Is.EqualTo("Migrate"));
            Assert.That(last["actor"]!.GetValue<string>(), Is.EqualTo("admin-wang"));
            Assert.That(last["actorKind"]!.GetValue<string>(), Is.EqualTo("administrator"));
            Assert.That(last["payload"]!["fromVersion"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(_workingAfter["history"]!.AsArray().Count(e => e!["trigger"]!.GetValue<string>() == "SignFor"), Is.EqualTo(1), "completed steps are not re-run");
        });
    }

    [Test]
    public async Task Should_draw_the_case_on_its_new_version_with_its_state_marked()
    {
        var mermaid = await _client.GetStringAsync($"/cases/{_working}/diagram?format=mermaid");
        var supervision = await _client.GetStringAsync($"/cases/{_working}/diagram?workflow=supervise");
        var dot = await _client.GetStringAsync($"/cases/{_working}/diagram?format=dot");

        Assert.Multiple(async () =>
        {
            Assert.That(mermaid, Does.StartWith("stateDiagram-v2").And.Contain("class Working current").And.Contain("definition version 2"));
            Assert.That(mermaid, Does.Not.Contain("InProgress"));
            Assert.That(supervision, Does.Contain("class OnTrack current"));
            Assert.That(dot, Does.Contain("\"Working\" [style=\"filled,bold\""));
            Assert.That((int)(await _client.GetAsync($"/cases/{_working}/diagram?workflow=assess")).StatusCode, Is.EqualTo(400));
            Assert.That((int)(await _client.GetAsync($"/cases/{Guid.NewGuid()}/diagram")).StatusCode, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task Should_let_the_moved_case_go_on_under_the_new_version()
    {
        var progressed = await CaseApi.AcceptAsync(_client, _working, "ReportProgress", new { actor = "mediation-committee", note = "再次约谈" });

        Assert.That(CaseApi.Position(progressed), Is.EqualTo("handle.Working"));
        Assert.That(progressed["history"]!.AsArray()[^1]!["definitionVersion"]!.GetValue<int>(), Is.EqualTo(2));
    }
}
