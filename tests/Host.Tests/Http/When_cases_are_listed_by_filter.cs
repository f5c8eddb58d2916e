using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Http;

/// <summary>
/// Four cases on a fake clock, on Monday 3 March 2025 (Shanghai time): "submitted" at 07:00, left as submitted; "awaiting" at
/// 09:00, assigned to the sanitation office, which has not signed for it; "handling" at 10:00, signed for by the demolition office;
/// "governance" at 11:00 in village-2 / grid-3, dispatched to the governance platform. The list is read on Tuesday at 09:00, when
/// "awaiting" is past its sign-for deadline. Each filter of GET /cases lists exactly its cases; a parameter the list does not take,
/// or an id the definition does not name, is a 400 saying what would be right; a filtered list pages with its filters kept.
/// </summary>
[TestFixture]
public sealed class When_cases_are_listed_by_filter
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 7, 0, 0, China));
    private readonly Dictionary<Guid, string> _names = [];
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, time: _clock);
        _client = _factory.CreateClient();

        _names[await CaseApi.SubmitAsync(_client, "filter-submitted")] = "submitted";

        _clock.SetUtcNow(new DateTimeOffset(2025, 3, 3, 9, 0, 0, China));
        var awaiting = await CaseApi.SubmitAsync(_client, "filter-awaiting", "sanitation");
        await DispatchAsync(awaiting);
        await CaseApi.AcceptAsync(_client, awaiting, "Assign", new { actor = "armed-forces-head" });
        _names[awaiting] = "awaiting";

        _clock.SetUtcNow(new DateTimeOffset(2025, 3, 3, 10, 0, 0, China));
        var handling = await CaseApi.SubmitAsync(_client, "filter-handling");
        await DispatchAsync(handling);
        await CaseApi.AcceptAsync(_client, handling, "Assign", new { actor = "armed-forces-head" });
        await CaseApi.AcceptAsync(_client, handling, "SignFor", new { actor = "demolition-office" });
        _names[handling] = "handling";

        _clock.SetUtcNow(new DateTimeOffset(2025, 3, 3, 11, 0, 0, China));
        var response = await _client.PostAsJsonAsync("/cases", new
        {
            clientKey = "filter-governance",
            actor = "command-room",
            category = "neighbour-dispute",
            title = "邻里纠纷",
            description = "篱笆移到了邻居地里",
            channel = "hotline",
            village = "village-2",
            grid = "grid-3",
            reporter = new { name = "蓝女士", phone = "13800000000" },
        });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        var governance = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        await DispatchAsync(governance);
        _names[governance] = "governance";

        _clock.SetUtcNow(new DateTimeOffset(2025, 3, 4, 9, 0, 0, China));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [TestCase("", "submitted", "awaiting", "handling", "governance")]
    [TestCase("workflow=handle", "handling")]
    [TestCase("state=AssignedToOffice", "awaiting")]
    [TestCase("state=receive.Submitted&state=handle.Accepted", "submitted", "handling")]
    [TestCase("state=receive.Submitted,handle.Accepted", "submitted", "handling")]
    [TestCase("platform=enforcement", "awaiting", "handling")]
    [TestCase("Platform=governance", "governance")]
    [TestCase("office=demolition-office", "handling")]
    [TestCase("supervision=OnTrack", "handling")]
    [TestCase("overdue=true", "awaiting")]
    [TestCase("overdue=false", "submitted", "handling", "governance")]
    [TestCase("village=village-2", "governance")]
    [TestCase("grid=grid-3", "governance")]
    [TestCase("countyStatus=escalated")]
    [TestCase("final=false", "submitted", "awaiting", "handling", "governance")]
    [TestCase("final=true")]
    [TestCase("from=2025-03-03T09:00:00%2B08:00&to=2025-03-03T11:00:00%2B08:00", "awaiting", "handling")]
    [TestCase("from=2025-03-03", "submitted", "awaiting", "handling", "governance")]
    [TestCase("to=2025-03-03T01:00:00Z", "submitted")]
    [TestCase("platform=enforcement&overdue=false", "handling")]
    [TestCase("platform=&office=&state=", "submitted", "awaiting", "handling", "governance")]
    [TestCase("number=YHWX-20250303-0001", "submitted")]
    [TestCase("number=YHWX-20250303-0003", "handling")]
    [TestCase("number=yhwx-20250303-0004", "governance")]
    [TestCase("number=YHWX-20250303-0005")]
    [TestCase("number=YHWX-20250303-0003&platform=governance")]
    public async Task Should_list_exactly_the_cases_the_filters_let_through(string query, params string[] expected)
    {
        var response = await _client.GetAsync($"/cases?{query}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(Names(text), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Should_give_each_case_its_number_by_its_day_of_receipt_in_China_time()
    {
        // "submitted" came in at 07:00 China time, 23:00 UTC the day before: it is still the 3rd's first case.
        var listed = JsonNode.Parse(await _client.GetStringAsync("/cases"))!.AsArray();
        var numbers = listed.ToDictionary(c => _names[c!["id"]!.GetValue<Guid>()], c => c!["number"]?.GetValue<string>());
        var one = await CaseApi.GetAsync(_client, _names.Single(n => n.Value == "handling").Key);

        Assert.Multiple(() =>
        {
            Assert.That(numbers, Is.EquivalentTo(new Dictionary<string, string?>
            {
                ["submitted"] = "YHWX-20250303-0001",
                ["awaiting"] = "YHWX-20250303-0002",
                ["handling"] = "YHWX-20250303-0003",
                ["governance"] = "YHWX-20250303-0004",
            }));
            Assert.That(one["case"]!["number"]!.GetValue<string>(), Is.EqualTo("YHWX-20250303-0003"), "the case JSON");
        });
    }

    [Test]
    public async Task Should_refuse_a_parameter_it_does_not_take_naming_it_and_those_it_takes()
    {
        var response = await _client.GetAsync("/cases?platfrom=enforcement&limit=2");
        var detail = (await CaseApi.ProblemAsync(response))["detail"]!.GetValue<string>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(detail, Does.Contain("'platfrom' is not a parameter of this list"));
            Assert.That(detail, Does.Contain("number, workflow, state, platform, office, supervision, overdue, countyStatus, village, grid, from, to, final, limit, cursor"));
        });
    }

    [TestCase("platform=nowhere", "unknown platform 'nowhere'", "enforcement, governance")]
    [TestCase("office=nowhere", "unknown office 'nowhere'", "demolition-office")]
    [TestCase("workflow=supervise", "unknown workflow 'supervise'", "assess, dispatch, feedback, handle, receive")]
    [TestCase("state=Nowhere", "unknown state 'Nowhere'", "AssignedToOffice")]
    [TestCase("state=handle.Nowhere", "'Nowhere' is not a state of handle", "InProgress")]
    [TestCase("state=nowhere.Accepted", "unknown workflow 'nowhere' in state 'nowhere.Accepted'", "dispatch")]
    [TestCase("supervision=Late", "unknown supervision 'Late'", "OnTrack")]
    [TestCase("countyStatus=lost", "unknown countyStatus 'lost'", "escalated")]
    [TestCase("village=village-99", "unknown village 'village-99'", "village-2")]
    [TestCase("grid=grid-99", "unknown grid 'grid-99'", "grid-3")]
    [TestCase("overdue=maybe", "overdue must be true or false", "past a sign-for or handling deadline")]
    [TestCase("final=1", "final must be true or false", "ended")]
    [TestCase("from=yesterday", "from 'yesterday' is not an instant or a date", "2026-11-23T09:00:00+08:00")]
    [TestCase("from=2025-03-04&to=2025-03-03", "must come after from", "submitted from")]
    [TestCase("to=1999-12-31", "out of range", "2000")]
    [TestCase("platform=enforcement&platform=governance", "platform is given 2 times", "give it once")]
    [TestCase("number=12", "number must be a case number", "YHWX-20261201-0007")]
    public async Task Should_refuse_a_value_the_definition_does_not_name_saying_what_would_be_right(string query, string wrong, string right)
    {
        var response = await _client.GetAsync($"/cases?{query}");
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(wrong).And.Contain(right));
        });
    }

    [TestCase("office", 65, "office is 65 characters long; it may be at most 64")]
    [TestCase("state", 130, "state is 130 characters long; it may be at most 129")]
    [TestCase("from", 41, "too long for an instant")]
    public async Task Should_refuse_a_value_out_of_bounds(string parameter, int length, string wrong)
    {
        var response = await _client.GetAsync($"/cases?{parameter}={new string('a', length)}");
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(wrong));
        });
    }

    [Test]
    public async Task Should_page_through_a_filtered_list_with_its_filters_kept_in_each_link()
    {
        var pages = new List<string>();
        var links = new List<string>();
        // Not the overdue case: the timer pump may urge it meanwhile, and a case updated while listed may move to a page already read.
        for (string? next = "/cases?overdue=false&final=false&limit=2"; next is not null && pages.Count < 5;)
        {
            var response = await _client.GetAsync(next);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), next);
            pages.Add(await response.Content.ReadAsStringAsync());
            next = response.Headers.TryGetValues("Link", out var link) ? Next(link.Single()) : null;
            links.AddRange(next is null ? [] : [next]);
        }

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => Names(p).Count), Is.EqualTo(new[] { 2, 1 }), "two cases a page, and no third page");
            Assert.That(pages.SelectMany(Names), Is.EqualTo(new[] { "governance", "handling", "submitted" }), "latest update first, each once");
            Assert.That(links, Has.Count.EqualTo(1));
            Assert.That(links, Is.All.Contains("overdue=false").And.Contain("final=false").And.Contain("limit=2").And.Contain("cursor="));
        });
    }

    private async Task DispatchAsync(Guid id)
    {
        await CaseApi.AcceptAsync(_client, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, id, "Dispatch", new { actor = "command-room" });
    }

    private List<string> Names(string page) =>
        [.. JsonNode.Parse(page)!.AsArray().Select(c => _names.GetValueOrDefault(c!["id"]!.GetValue<Guid>(), $"unexpected {c["clientKey"]}"))];

    private static string Next(string link)
    {
        Assert.That(link, Does.StartWith("</").And.EndWith(">; rel=\"next\""));
        return link[1..link.IndexOf('>', StringComparison.Ordinal)];
    }
}
