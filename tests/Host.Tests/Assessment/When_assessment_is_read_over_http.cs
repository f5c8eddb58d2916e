using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Assessment;

/// <summary>
/// The assessment endpoints on a service whose clock starts on Monday 3 March 2025, 09:00 in the township: one illegal-construction
/// case runs the whole loop and is called back over HTTP; one neighbour dispute is only submitted.
/// </summary>
[TestFixture]
public sealed class When_assessment_is_read_over_http
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly FakeTimeProvider _clock = new(Monday);
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _closed;
    private Guid _open;
    private HttpResponseMessage _refusedCallback = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, time: _clock);
        _client = _factory.CreateClient();
        _closed = await CaseApi.SubmitAsync(_client, "http-assess-1");
        foreach (var (command, actor) in new[] { ("Register", "command-room"), ("Triage", "command-room"), ("Dispatch", "command-room"), ("Assign", "armed-forces-head"), ("SignFor", "demolition-office") })
        {
            await CaseApi.AcceptAsync(_client, _closed, command, new { actor });
        }

        _clock.Advance(TimeSpan.FromHours(1));
        await CaseApi.AcceptAsync(_client, _closed, "Complete", new { actor = "demolition-office", result = "违建已拆除" });
        await CaseApi.AcceptAsync(_client, _closed, "FeedBack", new { actor = "command-room", note = "已拆除，请确认" });
        await CaseApi.AcceptAsync(_client, _closed, "RecordFeedback", new { actor = "command-room", outcome = "confirmed" });
        await CaseApi.AcceptAsync(_client, _closed, "Rate", new { actor = "command-room", rating = "satisfied" });
        _clock.Advance(TimeSpan.FromHours(1));
        _refusedCallback = await CaseApi.CommandAsync(_client, _closed, "record-callback", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, _closed, "record-callback", new { actor = "command-room", calledAt = _clock.GetUtcNow(), reached = true, rating = "satisfied" });
        _open = await CaseApi.SubmitAsync(_client, "http-assess-2", "neighbour-dispute");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_record_the_callback_in_the_case_history()
    {
        var view = await CaseApi.GetAsync(_client, _closed);
        var last = view["history"]!.AsArray()[^1]!;

        Assert.Multiple(async () =>
        {
            Assert.That(last["trigger"]!.GetValue<string>(), Is.EqualTo("RecordCallback"));
            Assert.That(last["actor"]!.GetValue<string>(), Is.EqualTo("command-room"));
            Assert.That(CaseApi.Position(view), Is.EqualTo("assess.Closed"));
            Assert.That((int)_refusedCallback.StatusCode, Is.EqualTo(400));
            Assert.That((await CaseApi.ProblemAsync(_refusedCallback))["errors"]!.AsObject().Select(e => e.Key), Is.EquivalentTo(new[] { "reached" }), "calledAt is optional: the service times a callback");
        });
    }

    [Test]
    public async Task Should_give_indicators_by_platform_as_json()
    {
        var body = JsonNode.Parse(await _client.GetStringAsync("/assessment/indicators?from=2025-03-03&to=2025-03-10&by=platform"))!;
        var rows = body["rows"]!.AsArray().ToDictionary(r => r!["key"]!.GetValue<string>(), r => r!["indicators"]!);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Keys, Is.EquivalentTo(new[] { "governance", "enforcement", "market", "services" }));
            Assert.That(rows["enforcement"]["received"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(rows["enforcement"]["closed"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(rows["enforcement"]["callbackRate"]!.GetValue<double>(), Is.EqualTo(1.0));
            Assert.That(rows["enforcement"]["responseRate"]!.GetValue<double>(), Is.EqualTo(1.0));
            Assert.That(rows["governance"]["received"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(rows["governance"]["resolutionRate"]!.GetValue<double>(), Is.Zero);
            Assert.That(rows["market"]["responseRate"], Is.Null, "nothing to rate");
        });
    }

    [Test]
    public async Task Should_give_indicators_as_csv_and_leave_out_other_weeks()
    {
        var response = await _client.GetAsync("/assessment/indicators?from=2025-03-10&to=2025-03-17&format=csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(lines[0], Does.StartWith("dimension,key,name,received,"));
            Assert.That(lines[1], Does.StartWith("township,wuxi-township,").And.Contain(",0,0,0,"));
            Assert.That(lines, Has.Length.EqualTo(2));
        });
    }

    [Test]
    public async Task Should_serve_the_weekly_brief_in_html_with_its_chart_inline_and_in_markdown_linking_it()
    {
        var html = await _client.GetAsync("/briefs/weekly?platform=enforcement&week=2025-03-05&format=html");
        var markdown = await _client.GetStringAsync("/briefs/weekly?platform=enforcement&week=2025-03-05");
        var chart = await _client.GetAsync("/briefs/weekly/chart.svg?platform=enforcement&week=2025-03-05");
        var page = await html.Content.ReadAsStringAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(html.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
            Assert.That(page, Does.Contain("<svg").And.Contain(">YHWX-20250303-0001</td>").And.Contain("2025年3月3日至3月9日"), "the case by its number: the day's first");
            Assert.That(page, Does.Not.Contain("YHWX-20250303-0002"), "the neighbour dispute (the day's second) belongs to the governance platform");
            Assert.That(markdown, Does.Contain("(/briefs/weekly/chart.svg?platform=enforcement&week=2025-03-05)"));
            Assert.That(chart.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/svg+xml"));
            Assert.That(await chart.Content.ReadAsStringAsync(), Does.StartWith("<svg").And.Contain("“三改一拆”办"));
        });
    }

    [Test]
    public async Task Should_serve_the_monthly_brief_as_csv_listing_nothing_escalated()
    {
        var csv = await _client.GetStringAsync("/briefs/monthly?month=2025-03&format=csv");
        var monthly = await _client.GetStringAsync("/briefs/monthly?month=2025-03");

        Assert.Multiple(() =>
        {
            Assert.That(csv.Split("\r\n")[0], Does.StartWith("section,id,工单编号,"));
            Assert.That(csv, Does.Not.Contain("上报县12345案件"), "no case went to the county");
            Assert.That(monthly, Does.Contain("2025年3月，全乡共受理案件 2 件（上月 0 件）"));
        });
    }

    [Test]
    public async Task Should_rank_the_agencies_with_the_declared_weights()
    {
        var csv = await _client.GetStringAsync("/assessment/territorial?year=2025&format=csv");
        var json = JsonNode.Parse(await _client.GetStringAsync("/assessment/territorial?year=2025"))!;

        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.StartWith("rank,agency,name,score,received,responseRate (weight 15),onTimeRate (weight 30)"));
            Assert.That(json["weights"]!.AsArray().Sum(w => w!["weight"]!.GetValue<double>()), Is.EqualTo(100));
            Assert.That(json["rows"]!.AsArray().Select(r => r!["score"]), Has.All.Null, "no dispatched agency led a case");
        });
    }

    [TestCase("/briefs/weekly?platform=harbour", "unknown platform 'harbour'", "governance, enforcement, market, services")]
    [TestCase("/briefs/weekly?platform=governance&week=next", "week 'next' is not a date", "yyyy-MM-dd")]
    [TestCase("/briefs/monthly?month=2025-13", "month '2025-13' is not a month", "yyyy-MM")]
    [TestCase("/assessment/indicators?from=2025-03-10&to=2025-03-03", "must come after from", "2025-03-03")]
    [TestCase("/assessment/indicators?from=2025-03-03&to=2025-03-10&by=street", "unknown dimension 'street'", "gridMember")]
    [TestCase("/briefs/weekly?platform=governance&format=docx", "unknown format 'docx'", "md, html, csv, pdf")]
    public async Task Should_refuse_a_bad_request_saying_what_would_be_right(string url, string wrong, string right)
    {
        var response = await _client.GetAsync(url);
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(wrong).And.Contain(right));
        });
    }

    [Test]
    public async Task Should_answer_404_for_a_chart_the_brief_does_not_draw()
    {
        var response = await _client.GetAsync("/briefs/monthly/pie.svg?month=2025-03");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await CaseApi.ProblemAsync(response))["detail"]!.GetValue<string>(), Does.Contain("trend.svg, platforms.svg"));
    }
}
