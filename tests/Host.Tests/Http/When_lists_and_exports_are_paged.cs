using System.Net;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Http;

/// <summary>
/// Seven cases (each submitted and registered: fourteen events) on a service whose pages hold three items unless asked otherwise and
/// at most five: the case list, the audit export (JSON and CSV) and the disclosures come a page at a time, each naming the next in
/// its Link header until the last, and a cursor that is not one the list gave is refused.
/// </summary>
[TestFixture]
public sealed class When_lists_and_exports_are_paged
{
    private const int Cases = 7;
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private readonly List<Guid> _ids = [];
    private string _period = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, new Dictionary<string, string?> { ["CaseFlow:Paging:DefaultLimit"] = "3", ["CaseFlow:Paging:MaxLimit"] = "5" });
        _client = _factory.CreateClient();
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < Cases; i++)
        {
            var id = await CaseApi.SubmitAsync(_client, $"paged-{i}");
            await CaseApi.AcceptAsync(_client, id, "Register", new { actor = "command-room" });
            _ids.Add(id);
        }

        _period = $"from={Uri.EscapeDataString(before.ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}";
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_list_every_case_once_newest_first_a_page_at_a_time()
    {
        var pages = await FollowAsync("/cases");
        var listed = pages.SelectMany(p => JsonNode.Parse(p)!.AsArray().Select(c => c!["id"]!.GetValue<Guid>())).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => JsonNode.Parse(p)!.AsArray().Count), Is.EqualTo(new[] { 3, 3, 1 }));
            Assert.That(listed, Is.EqualTo(Enumerable.Reverse(_ids)), "the last registered was updated last");
        });
    }

    [Test]
    public async Task Should_export_a_period_as_json_every_event_once_a_page_at_a_time()
    {
        var pages = await FollowAsync($"/audit/export?{_period}&limit=4");
        var events = pages.SelectMany(p => JsonNode.Parse(p)!.AsArray()).Select(e => (e!["caseId"]!.GetValue<Guid>(), e["sequence"]!.GetValue<long>())).ToList();
        var expected = _ids.OrderBy(id => id.ToString(), StringComparer.Ordinal).SelectMany(id => new[] { (id, 1L), (id, 2L) });

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => JsonNode.Parse(p)!.AsArray().Count), Is.EqualTo(new[] { 4, 4, 4, 2 }));
            Assert.That(events, Is.EqualTo(expected), "case by case, in sequence order");
        });
    }

    [Test]
    public async Task Should_export_a_case_as_csv_a_page_at_a_time_each_with_its_header()
    {
        var pages = await FollowAsync($"/audit/export?caseId={_ids[2]}&format=csv&limit=1");
        var rows = pages.Select(p => p.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Length), Is.EqualTo(new[] { 2, 2 }), "a header and one event on each page, and no third page");
            Assert.That(rows.Select(r => r[0]), Is.All.StartWith("caseId,sequence,"));
            Assert.That(rows.Select(r => r[1].Split(',')[0]), Is.All.EqualTo(_ids[2].ToString()));
            Assert.That(rows.Select(r => r[1].Split(',')[1]), Is.EqualTo(new[] { "1", "2" }));
        });
    }

    [Test]
    public async Task Should_list_disclosures_a_page_at_a_time()
    {
        var from = DateTimeOffset.UtcNow.AddSeconds(-1);
        foreach (var id in _ids.Take(3))
        {
            using var ask = new HttpRequestMessage(HttpMethod.Get, $"/audit/export?caseId={id}&personalData=true");
            ask.Headers.Add("X-Disclosure-Reason", "paging-check");
            (await _client.SendAsync(ask)).EnsureSuccessStatusCode();
        }

        var range = $"from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddSeconds(1).ToString("O"))}";
        var pages = await FollowAsync($"/audit/disclosures?{range}&limit=2");
        var listed = pages.SelectMany(p => JsonNode.Parse(p)!["disclosures"]!.AsArray().Select(d => d!["caseId"]!.GetValue<Guid>())).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.EqualTo(2));
            Assert.That(listed, Is.EqualTo(_ids.Take(3)));
        });
    }

    [TestCase("/cases?limit=6", "limit must be a whole number from 1 to 5")]
    [TestCase("/cases?limit=0", "limit must be a whole number from 1 to 5")]
    [TestCase("/cases?limit=three", "limit must be a whole number from 1 to 5")]
    [TestCase("/cases?cursor=not-a-cursor!", "is not a cursor of cases")]
    [TestCase("/audit/disclosures?cursor=", "is not a cursor of disclosures")]
    public async Task Should_refuse_a_bad_limit_or_cursor_saying_what_would_be_right(string url, string wrong)
    {
        var response = await _client.GetAsync(url);
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(wrong));
        });
    }

    [Test]
    public async Task Should_refuse_a_cursor_altered_or_taken_from_another_list()
    {
        var cursor = Cursor(await _client.GetAsync("/cases"));
        // The first character holds the cursor's version: changed, it decodes but names no version this service gave.
        var altered = (cursor[0] == 'M' ? "N" : "M") + cursor[1..];
        var truncated = cursor[..^4];

        var fromAnotherList = await _client.GetAsync($"/audit/export?{_period}&cursor={cursor}");
        var tampered = await _client.GetAsync($"/cases?cursor={altered}");
        var cut = await _client.GetAsync($"/cases?cursor={truncated}");
        var genuine = await _client.GetAsync($"/cases?cursor={cursor}");

        Assert.Multiple(async () =>
        {
            Assert.That(fromAnotherList.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await CaseApi.ProblemAsync(fromAnotherList))["detail"]!.GetValue<string>(), Does.Contain("is not a cursor of audit export"));
            Assert.That(tampered.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(cut.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(genuine.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    /// <summary>Every page from <paramref name="url"/> on, following the Link headers; fails when a page does not succeed.</summary>
    private async Task<List<string>> FollowAsync(string url)
    {
        var pages = new List<string>();
        for (string? next = url; next is not null && pages.Count < 20;)
        {
            var response = await _client.GetAsync(next);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), next);
            pages.Add(await response.Content.ReadAsStringAsync());
            next = response.Headers.TryGetValues("Link", out var links) ? NextOf(links.Single()) : null;
        }

        return pages;
    }

    private static string NextOf(string link)
    {
        Assert.That(link, Does.StartWith("</").And.EndWith(">; rel=\"next\""));
        return link[1..link.IndexOf('>', StringComparison.Ordinal)];
    }

    private static string Cursor(HttpResponseMessage response)
    {
        var next = NextOf(response.Headers.GetValues("Link").Single());
        return Uri.UnescapeDataString(next[(next.IndexOf("cursor=", StringComparison.Ordinal) + "cursor=".Length)..].Split('&')[0]);
    }
}
