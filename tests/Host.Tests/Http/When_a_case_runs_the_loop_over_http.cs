using System.Net.Http.Json;

namespace CaseFlow.Host.Tests.Http;

[TestFixture]
public sealed class When_a_case_runs_the_loop_over_http
{
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        _client = _factory.CreateClient();
    }

    [TearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_close_after_every_step_and_keep_the_history()
    {
        var id = await CaseApi.SubmitAsync(_client, "http-loop-1");
        await CaseApi.AcceptAsync(_client, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, id, "Triage", new { actor = "command-room" });
        var dispatched = await CaseApi.AcceptAsync(_client, id, "Dispatch", new { actor = "command-room" });
        Assert.That(dispatched["case"]!["platform"]!.GetValue<string>(), Is.EqualTo("enforcement"), "三改一拆 belongs to the enforcement platform");
        var assigned = await CaseApi.AcceptAsync(_client, id, "Assign", new { actor = "armed-forces-head" });
        Assert.That(assigned["case"]!["leadOffice"]!.GetValue<string>(), Is.EqualTo("demolition-office"));
        var signed = await CaseApi.AcceptAsync(_client, id, "sign-for", new { actor = "demolition-office" });
        Assert.That(CaseApi.Position(signed), Is.EqualTo("handle.Accepted"));
        Assert.That(signed["case"]!["supervision"]!.GetValue<string>(), Is.EqualTo("OnTrack"));
        await CaseApi.AcceptAsync(_client, id, "ReportProgress", new { actor = "demolition-office", note = "已下达整改通知" });
        await CaseApi.AcceptAsync(_client, id, "Complete", new { actor = "demolition-office", result = "违建已拆除" });
        await CaseApi.AcceptAsync(_client, id, "FeedBack", new { actor = "command-room", note = "已拆除，请确认" });
        // The reporter acts through the link issued to them, not over this API: the command room records what they said.
        await CaseApi.AcceptAsync(_client, id, "RecordFeedback", new { actor = "command-room", outcome = "confirmed" });
        var closed = await CaseApi.AcceptAsync(_client, id, "Rate", new { actor = "command-room", rating = "satisfied" });

        Assert.Multiple(() =>
        {
            Assert.That(CaseApi.Position(closed), Is.EqualTo("assess.Closed"));
            Assert.That(closed["case"]!["isFinal"]!.GetValue<bool>(), Is.True);
            Assert.That(closed["history"]!.AsArray(), Has.Count.EqualTo(11));
            Assert.That(closed["permittedCommands"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EquivalentTo(new[] { "RecordCallback", "FlagCallbackOverdue" }), "an ended case takes only its callback survey");
        });
    }

    [Test]
    public async Task Should_list_what_a_new_case_accepts_next()
    {
        var id = await CaseApi.SubmitAsync(_client, "http-permitted-1");
        var view = await CaseApi.GetAsync(_client, id);
        var permitted = view["permittedCommands"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.That(permitted, Is.EquivalentTo(new[] { "Register", "MarkInvalid" }));
    }

    [Test]
    public async Task Should_return_the_same_case_when_a_submission_is_resent()
    {
        var first = await CaseApi.SubmitAsync(_client, "http-resend-1");
        var again = await _client.PostAsJsonAsync("/cases", CaseApi.Submission("http-resend-1"));
        var body = await again.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        Assert.Multiple(() =>
        {
            Assert.That((int)again.StatusCode, Is.EqualTo(200));
            Assert.That(Guid.Parse(body!["id"]!.GetValue<string>()), Is.EqualTo(first));
        });
    }
}
