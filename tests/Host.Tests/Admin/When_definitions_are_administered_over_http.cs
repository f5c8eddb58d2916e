using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>
/// An administrator reads the current version, validates a good and a bad draft, tries to publish the bad one, then publishes a
/// version 2 without extensions and with a longer deadline (and again, unchanged) while a case is being handled on version 1.
/// </summary>
[TestFixture]
public sealed class When_definitions_are_administered_over_http
{
    private readonly string _database = CaseFlowFactory.NewDatabasePath();
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _inFlight;
    private int _inFlightHistory;
    private string _version2 = "";
    private JsonObject _current = null!;
    private HttpResponseMessage _validGood = null!;
    private HttpResponseMessage _validBad = null!;
    private HttpResponseMessage _publishBad = null!;
    private int _versionAfterBad;
    private int _inFlightHistoryAfterBad;
    private HttpResponseMessage _publish = null!;
    private HttpResponseMessage _publishAgain = null!;

    [OneTimeSetUp]
    public async Task Administer()
    {
        _factory = new CaseFlowFactory(_database);
        _client = _factory.CreateClient();
        _inFlight = await AdminApi.HandledCaseAsync(_client, "admin-http-in-flight");
        _inFlightHistory = (await CaseApi.GetAsync(_client, _inFlight))["history"]!.AsArray().Count;
        _current = await AdminApi.GetJsonAsync(_client, "/admin/definitions/current");
        _validGood = await _client.PostAsync("/admin/definitions/validate", AdminApi.Json(DefinitionEdits.WithDeadline("neighbour-dispute", 20)));
        var bad = DefinitionEdits.WithUnknownLeadOffice("illegal-construction", DefinitionEdits.WithUnknownLeadOffice("food-safety"));
        _validBad = await _client.PostAsync("/admin/definitions/validate", AdminApi.Json(bad));
        _publishBad = await AdminApi.PublishAsync(_client, bad);
        _versionAfterBad = await AdminApi.CurrentVersionAsync(_client);
        _inFlightHistoryAfterBad = (await CaseApi.GetAsync(_client, _inFlight))["history"]!.AsArray().Count;
        _version2 = DefinitionEdits.WithoutExtensions(DefinitionEdits.WithDeadline("neighbour-dispute", 20));
        _publish = await AdminApi.PublishAsync(_client, _version2);
        _publishAgain = await AdminApi.PublishAsync(_client, _version2);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public void Should_show_the_current_version_with_its_workflows()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_current["version"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(_current["workflowSetId"]!.GetValue<string>(), Is.EqualTo("wuxi-township"));
            Assert.That(_current["workflows"]!.AsArray().Select(w => w!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "receive", "dispatch", "handle", "supervise", "feedback", "assess" }));
            Assert.That(_current["contentHash"]!.GetValue<string>(), Has.Length.EqualTo(64));
        });
    }

    [Test]
    public async Task Should_validate_a_good_draft_and_say_what_it_would_change_without_publishing_it()
    {
        var body = await AdminApi.ReadAsync(_validGood);
        var lines = body["changesFromCurrent"]!["changes"]!.AsArray().Select(c => c!["line"]!.GetValue<string>());

        Assert.Multiple(() =>
        {
            Assert.That((int)_validGood.StatusCode, Is.EqualTo(200));
            Assert.That(body["valid"]!.GetValue<bool>(), Is.True);
            Assert.That(body["storedAs"], Is.Null);
            Assert.That(lines, Is.EqualTo(new[] { "~ category neighbour-dispute: deadline 10 working days → 20 working days" }));
        });
    }

    [Test]
    public async Task Should_refuse_a_bad_draft_listing_every_error_under_its_path()
    {
        var problem = await CaseApi.ProblemAsync(_validBad);
        var paths = problem["errors"]!.AsObject().Select(e => e.Key).ToList();

        Assert.Multiple(() =>
        {
            Assert.That((int)_validBad.StatusCode, Is.EqualTo(422));
            Assert.That(paths, Has.Count.EqualTo(2).And.All.Match(@"^\$\.categories\[\d+\]\.leadOffice$"));
            Assert.That(problem["errors"]![paths[0]]![0]!.GetValue<string>(), Does.Contain("no-such-office"));
        });
    }

    [Test]
    public async Task Should_refuse_to_publish_a_bad_draft_and_leave_everything_as_it_was()
    {
        var problem = await CaseApi.ProblemAsync(_publishBad);

        Assert.Multiple(() =>
        {
            Assert.That((int)_publishBad.StatusCode, Is.EqualTo(422));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("version 1 keeps serving"));
            Assert.That(problem["errors"]!.AsObject(), Has.Count.EqualTo(2));
            Assert.That(_versionAfterBad, Is.EqualTo(1));
            Assert.That(_inFlightHistoryAfterBad, Is.EqualTo(_inFlightHistory));
        });
    }

    [Test]
    public async Task Should_publish_a_new_version_with_201_and_its_changes()
    {
        var body = await AdminApi.ReadAsync(_publish);
        var lines = body["changesFromPrevious"]!["changes"]!.AsArray().Select(c => c!["line"]!.GetValue<string>()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That((int)_publish.StatusCode, Is.EqualTo(201));
            Assert.That(_publish.Headers.Location?.ToString(), Is.EqualTo("/admin/definitions/versions/2"));
            Assert.That(body["created"]!.GetValue<bool>(), Is.True);
            Assert.That(body["version"]!["version"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(lines, Does.Contain("~ category neighbour-dispute: deadline 10 working days → 20 working days"));
            Assert.That(lines, Has.Some.StartWith("- state handle.ExtensionRequested"));
        });
    }

    [Test]
    public async Task Should_answer_200_when_the_same_content_is_published_again()
    {
        var body = await AdminApi.ReadAsync(_publishAgain);

        Assert.Multiple(() =>
        {
            Assert.That((int)_publishAgain.StatusCode, Is.EqualTo(200));
            Assert.That(body["created"]!.GetValue<bool>(), Is.False);
            Assert.That(body["becameCurrent"]!.GetValue<bool>(), Is.False);
            Assert.That(body["version"]!["version"]!.GetValue<int>(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Should_list_every_version_with_where_it_came_from()
    {
        var body = await AdminApi.GetJsonAsync(_client, "/admin/definitions/versions");
        var versions = body["versions"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(body["current"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(versions.Select(v => v!["version"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(versions[0]!["source"]!.GetValue<string>(), Is.EqualTo(CaseFlowFactory.DefinitionPath()));
            Assert.That(versions[0]!["publishedBy"]!.GetValue<string>(), Is.EqualTo("caseflow (start)"));
            Assert.That(versions[1]!["source"]!.GetValue<string>(), Is.EqualTo("admin-api"));
            Assert.That(versions[1]!["publishedBy"]!.GetValue<string>(), Is.EqualTo("admin-wang"));
            Assert.That(versions.Select(v => v!["current"]!.GetValue<bool>()), Is.EqualTo(new[] { false, true }));
        });
    }

    [Test]
    public async Task Should_serve_a_version_exactly_as_it_was_published()
    {
        Assert.That(await _client.GetStringAsync("/admin/definitions/versions/2/content"), Is.EqualTo(_version2));
    }

    [Test]
    public async Task Should_let_the_case_in_flight_finish_on_its_version()
    {
        await CaseApi.AcceptAsync(_client, _inFlight, "RequestExtension", new { actor = "mediation-committee", reason = "当事人外出", workingDays = 5 });
        await CaseApi.AcceptAsync(_client, _inFlight, "DecideExtension", new { actor = "deputy-secretary", approved = true });
        await CaseApi.AcceptAsync(_client, _inFlight, "Complete", new { actor = "mediation-committee", result = "已调解" });
        await CaseApi.AcceptAsync(_client, _inFlight, "FeedBack", new { actor = "command-room", note = "已调解" });
        await CaseApi.AcceptAsync(_client, _inFlight, "RecordFeedback", new { actor = "command-room", outcome = "confirmed" });
        var closed = await CaseApi.AcceptAsync(_client, _inFlight, "Rate", new { actor = "command-room", rating = "satisfied" });

        Assert.Multiple(() =>
        {
            Assert.That(CaseApi.Position(closed), Is.EqualTo("assess.Closed"));
            Assert.That(closed["case"]!["definitionVersion"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(closed["history"]!.AsArray().Select(e => e!["definitionVersion"]!.GetValue<int>()), Has.All.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_start_a_new_case_on_the_new_version()
    {
        var id = await AdminApi.HandledCaseAsync(_client, "admin-http-new");
        var view = await CaseApi.GetAsync(_client, id);
        var extension = await CaseApi.CommandAsync(_client, id, "RequestExtension", new { actor = "mediation-committee", reason = "当事人外出", workingDays = 5 });

        Assert.Multiple(async () =>
        {
            Assert.That(view["case"]!["definitionVersion"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That((int)extension.StatusCode, Is.EqualTo(400));
            Assert.That((await CaseApi.ProblemAsync(extension))["detail"]!.GetValue<string>(), Does.Contain("'RequestExtension' is not a command"));
        });
    }

    [Test]
    public async Task Should_diff_two_versions_as_json_and_as_text()
    {
        var json = await AdminApi.GetJsonAsync(_client, "/admin/definitions/diff?from=1&to=2");
        var text = await _client.GetStringAsync("/admin/definitions/diff?from=1&to=2&format=text");
        var missing = await _client.GetAsync("/admin/definitions/diff?from=1&to=9");

        Assert.Multiple(() =>
        {
            Assert.That(json["byKind"]!["state"]!.AsArray().Select(l => l!.GetValue<string>()), Has.Some.StartWith("- state handle.Extended"));
            Assert.That(json["byKind"]!["category"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(text, Does.StartWith("Changes from version 1 to 2").And.Contain("Categories\n").And.Contain("Transitions\n"));
            Assert.That((int)missing.StatusCode, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task Should_draw_every_workflow_of_every_version()
    {
        foreach (var version in new[] { 1, 2 })
        {
            var detail = await AdminApi.GetJsonAsync(_client, $"/admin/definitions/versions/{version}");
            foreach (var workflow in detail["workflows"]!.AsArray().Select(w => w!["id"]!.GetValue<string>()))
            {
                var mermaid = await _client.GetStringAsync($"/admin/definitions/versions/{version}/workflows/{workflow}/diagram?format=mermaid");
                Assert.That(mermaid, Does.StartWith("stateDiagram-v2"), $"version {version}, {workflow}");
            }
        }

        var handle1 = await _client.GetStringAsync("/admin/definitions/versions/1/workflows/handle/diagram");
        var handle2 = await _client.GetStringAsync("/admin/definitions/versions/2/workflows/handle/diagram?format=dot");
        var all = await _client.GetStringAsync("/admin/definitions/versions/2/diagrams");
        Assert.Multiple(async () =>
        {
            Assert.That(handle1, Does.Contain("ExtensionRequested"));
            Assert.That(handle2, Does.StartWith("digraph").And.Not.Contain("ExtensionRequested"));
            Assert.That(all.Split("```mermaid").Length - 1, Is.EqualTo(6));
            Assert.That((int)(await _client.GetAsync("/admin/definitions/versions/7/workflows/handle/diagram")).StatusCode, Is.EqualTo(404));
            Assert.That((int)(await _client.GetAsync("/admin/definitions/versions/1/workflows/nothing/diagram")).StatusCode, Is.EqualTo(404));
        });
    }
}
