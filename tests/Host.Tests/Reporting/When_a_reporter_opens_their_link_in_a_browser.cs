using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Cases;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Reporting;

/// <summary>
/// The reporter opens the link sent at submission in a browser: the same address that gives API callers JSON gives the browser a
/// Chinese page of where the case stands, without the reporter's own data, and a plain page when the code is wrong.
/// </summary>
[TestFixture]
public sealed partial class When_a_reporter_opens_their_link_in_a_browser
{
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _case;
    private string _link = "";

    [OneTimeSetUp]
    public async Task Handle_a_hotline_case_up_to_its_feedback()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        _client = _factory.CreateClient();
        var response = await _client.PostAsJsonAsync("/cases", new
        {
            clientKey = "reporter-page-1",
            actor = "command-room",
            category = "illegal-construction",
            title = "村口违建",
            description = "村口新建铁皮棚，报告人蓝女士住在隔壁",
            channel = "hotline",
            reporter = new { name = "蓝秀英", phone = "13812345678" },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        _case = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        _link = new Uri(_factory.Services.GetRequiredService<CaseService>().ReporterLinks.Link(_case)).PathAndQuery;
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

    private async Task<HttpResponseMessage> OpenAsync(string address, string accept = Browser)
    {
        using var client = _factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }

    [Test]
    public async Task Should_open_the_page_in_Chinese_at_the_link_issued()
    {
        var response = await OpenAsync(_link);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain("<html lang=\"zh-CN\">"));
            Assert.That(html, Does.Contain(_case.ToString()), "the case number");
            Assert.That(html, Does.Contain("已反馈报告人"), "the state's Chinese name from the definition");
            Assert.That(html, Does.Contain("违建已拆除"), "the result");
            Assert.That(html, Does.Contain("三改一拆"), "the office handling it");
            Assert.That(html, Does.Contain("已按期办结"), "the deadline met");
            Assert.That(html, Does.Match("受理</span>\\s*<span class=\"when\">\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}"), "each step with the date it was reached");
            Assert.That(html, Does.Contain("name=\"outcome\" value=\"confirmed\""), "the form to confirm the result");
            Assert.That(html, Does.Contain("__RequestVerificationToken"), "the form's antiforgery token");
        });
    }

    [Test]
    public async Task Should_show_nothing_personal_the_reporter_gave()
    {
        var html = await (await OpenAsync(_link)).Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("蓝秀英"), "the reporter's name");
            Assert.That(html, Does.Not.Contain("13812345678"), "the reporter's phone");
            Assert.That(html, Does.Not.Contain("住在隔壁"), "the description, which may name people");
        });
    }

    [Test]
    public async Task Should_keep_the_code_in_the_address_from_leaving_the_page()
    {
        var response = await OpenAsync(_link);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
            Assert.That(response.Headers.GetValues("X-Robots-Tag").Single(), Does.Contain("noindex"));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'").And.Not.Contain("script-src"));
            Assert.That(html, Does.Contain("<meta name=\"robots\" content=\"noindex, nofollow\">"));
            Assert.That(FormActions().Matches(html).Select(m => m.Groups[1].Value).Distinct(), Is.EqualTo(new[] { $"/reporter/{_case}" }), "forms post the code in their body, not in their address");
            Assert.That(ExternalResources().IsMatch(html), Is.False, "nothing loaded from elsewhere");
        });
    }

    [TestCase(null, TestName = "Should_answer_a_link_without_its_code_with_a_plain_page")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAA", TestName = "Should_answer_a_made_up_code_with_a_plain_page")]
    [TestCase("another", TestName = "Should_answer_another_cases_code_with_a_plain_page")]
    public async Task Should_refuse_a_wrong_code_with_a_plain_Chinese_page(string? code)
    {
        var given = code == "another" ? _factory.Services.GetRequiredService<CaseService>().ReporterLinks.Issue(Guid.NewGuid()) : code;

        var response = await OpenAsync(given is null ? $"/reporter/{_case}" : $"/reporter/{_case}?code={given}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain("链接无效"));
            Assert.That(html, Does.Not.Contain("违建已拆除").And.Not.Contain("村口违建"), "nothing of the case");
        });
    }

    [TestCase("application/json")]
    [TestCase("*/*")]
    [TestCase("text/html;q=0.5, application/json")]
    public async Task Should_still_answer_API_callers_at_the_link_with_JSON(string accept)
    {
        var response = await OpenAsync(_link, accept);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonObject>())!["youMayNow"]!.AsArray().Select(t => t!.GetValue<string>()), Is.EqualTo(new[] { "RecordFeedback" }));
    }

    [Test]
    public async Task Should_refuse_a_rating_before_the_result_is_confirmed_in_Chinese_and_change_nothing()
    {
        using var client = _factory.CreateAnonymousClient();
        using var get = new HttpRequestMessage(HttpMethod.Get, _link);
        get.Headers.Accept.ParseAdd(Browser);
        var page = await (await client.SendAsync(get)).Content.ReadAsStringAsync();
        var token = Token().Match(page).Groups[1].Value;
        var code = _link[(_link.IndexOf("code=", StringComparison.Ordinal) + 5)..];

        var response = await client.PostAsync($"/reporter/{_case}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["code"] = code, ["trigger"] = "Rate", ["rating"] = "satisfied",
        }));
        var html = await response.Content.ReadAsStringAsync();
        var position = CaseApi.Position(await CaseApi.GetAsync(_client, _case));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(html, Does.Contain("role=\"alert\">这项操作现在不能进行"));
            Assert.That(position, Is.EqualTo("feedback.FedBack"), "nothing changed");
        });
    }

    [Test]
    public async Task Should_refuse_a_post_without_the_antiforgery_token()
    {
        using var client = _factory.CreateAnonymousClient();
        var code = _link[(_link.IndexOf("code=", StringComparison.Ordinal) + 5)..];

        var response = await client.PostAsync($"/reporter/{_case}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = code, ["trigger"] = "RecordFeedback", ["outcome"] = "disputed",
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(CaseApi.Position(await CaseApi.GetAsync(_client, _case)), Is.EqualTo("feedback.FedBack"), "nothing changed");
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"")]
    private static partial Regex FormActions();

    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResources();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
