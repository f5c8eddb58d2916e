using System.Net;
using System.Net.Http.Json;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Http;

/// <summary>The reporter, with nothing but the link sent with the receipt, follows the case, confirms the result and rates it.</summary>
[TestFixture]
public sealed class When_a_reporter_follows_their_link
{
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _case;
    private string _code = "";

    [OneTimeSetUp]
    public async Task Handle_a_hotline_case_up_to_its_feedback()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        _client = _factory.CreateClient();
        var response = await _client.PostAsJsonAsync("/cases", new
        {
            clientKey = "reporter-link-1",
            actor = "command-room",
            category = "illegal-construction",
            title = "违建",
            description = "村口新建铁皮棚",
            channel = "hotline",
            reporter = new { name = "蓝女士", phone = "13800000000" },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        _case = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        _code = _factory.Services.GetRequiredService<CaseService>().ReporterLinks.Issue(_case);
        await CaseApi.AcceptAsync(_client, _case, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, _case, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, _case, "Dispatch", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, _case, "Assign", new { actor = "armed-forces-head" });
        await CaseApi.AcceptAsync(_client, _case, "SignFor", new { actor = "demolition-office" });
        await CaseApi.AcceptAsync(_client, _case, "Complete", new { actor = "demolition-office", result = "违建已拆除" });
        await CaseApi.AcceptAsync(_client, _case, "FeedBack", new { actor = "command-room", note = "已拆除，请确认" });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    private HttpClient Anonymous() => _factory.CreateDefaultClient();

    private Task<HttpResponseMessage> SendAsync(HttpClient client, string trigger, object body, string? code)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/reporter/{_case}/commands/{trigger}") { Content = JsonContent.Create(body) };
        if (code is not null)
        {
            request.Headers.Add("X-Reporter-Code", code);
        }

        return client.SendAsync(request);
    }

    [Test, Order(1)]
    public async Task Should_show_the_case_to_the_link_with_what_the_reporter_may_do_now()
    {
        using var client = Anonymous();

        var view = await client.GetFromJsonAsync<JsonObject>($"/reporter/{_case}?code={_code}");

        Assert.Multiple(() =>
        {
            Assert.That(view!["result"]!.GetValue<string>(), Is.EqualTo("违建已拆除"));
            Assert.That(view["youMayNow"]!.AsArray().Select(t => t!.GetValue<string>()), Is.EqualTo(new[] { "RecordFeedback" }));
            Assert.That(view.ToJsonString(), Does.Not.Contain("13800000000"), "the reporter's page carries no phone number");
        });
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void Should_keep_the_key_links_are_made_with_readable_by_the_service_alone()
    {
        Assert.That(File.GetUnixFileMode(_database + ".reporter-link.key"), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [TestCase(null, TestName = "Should_refuse_the_page_without_a_code")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAA", TestName = "Should_refuse_the_page_with_a_made_up_code")]
    public async Task Should_refuse_the_page_without_the_cases_code(string? code)
    {
        using var client = Anonymous();

        var response = await client.GetAsync(code is null ? $"/reporter/{_case}" : $"/reporter/{_case}?code={code}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await CaseApi.ProblemAsync(response))["detail"]!.GetValue<string>(), Does.Contain("link sent to you"));
    }

    [Test, Order(2)]
    public async Task Should_refuse_another_cases_code()
    {
        using var client = Anonymous();
        var another = _factory.Services.GetRequiredService<CaseService>().ReporterLinks.Issue(Guid.NewGuid());

        var response = await SendAsync(client, "RecordFeedback", new { outcome = "disputed" }, another);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(CaseApi.Position(await CaseApi.GetAsync(_client, _case)), Is.EqualTo("feedback.FedBack"), "nothing changed");
    }

    [Test, Order(3)]
    public async Task Should_refuse_a_command_that_is_not_the_reporters()
    {
        using var client = Anonymous();

        var response = await SendAsync(client, "FeedBack", new { note = "我自己反馈" }, _code);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await CaseApi.ProblemAsync(response))["detail"]!.GetValue<string>(), Does.Contain("you may send: RecordFeedback"));
    }

    [Test, Order(4)]
    public async Task Should_record_the_confirmation_and_the_rating_as_the_reporter_through_the_link()
    {
        using var client = Anonymous();

        var confirmed = await SendAsync(client, "RecordFeedback", new { outcome = "confirmed", actor = "command-room" }, _code);
        var rated = await SendAsync(client, "rate", new { rating = "satisfied" }, _code);

        var history = (await CaseApi.GetAsync(_client, _case))["history"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(rated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(history.Skip(history.Count - 2).Select(e => (e!["trigger"]!.GetValue<string>(), e["actor"]!.GetValue<string>(), e["identity"]!.GetValue<string>())),
                Is.EqualTo(new[] { ("RecordFeedback", "reporter", "reporter-link"), ("Rate", "reporter", "reporter-link") }),
                "the body's actor is not who acted: the link's holder is the reporter");
        });
    }
}
