using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Assessment;

/// <summary>
/// Five neighbour disputes (the governance platform's) received in the week of 3 March 2025, on a service whose briefs list at most two
/// cases per section: each form of the weekly brief lists two, says three more were left out, and still counts all five.
/// </summary>
[TestFixture]
public sealed class When_a_brief_has_more_cases_than_it_lists
{
    private const string Section = "受理案件";
    private const string More = "… 另有 3 件未列出";
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;
    private readonly List<Guid> _ids = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, new Dictionary<string, string?> { ["CaseFlow:Briefs:MaxCasesPerSection"] = "2" }, new FakeTimeProvider(Monday));
        _client = _factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            _ids.Add(await CaseApi.SubmitAsync(_client, $"brief-bound-{i}", "neighbour-dispute"));
        }
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_list_two_in_markdown_and_say_how_many_more_counting_all_five()
    {
        var markdown = await _client.GetStringAsync("/briefs/weekly?platform=governance&week=2025-03-05");
        var section = markdown[markdown.IndexOf($"## {Section}", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("综治工作平台共受理案件 5 件"), "the summary counts every case");
            Assert.That(section, Does.Contain("共 5 件，列出前 2 件。"));
            Assert.That(Enumerable.Range(1, 5).Count(n => section.Contains($"| YHWX-20250303-000{n} |", StringComparison.Ordinal)), Is.EqualTo(2), "two of the five listed, each by its case number (received at one instant, so in id order)");
            Assert.That(section, Does.Contain(More));
        });
    }

    [Test]
    public async Task Should_list_two_in_csv_with_a_line_saying_how_many_more()
    {
        var csv = await _client.GetStringAsync("/briefs/weekly?platform=governance&week=2025-03-05&format=csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith(Section, StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.EqualTo(3));
            Assert.That(lines.Take(2).Select(l => Guid.Parse(l.Split(',')[1])), Is.SubsetOf(_ids));
            Assert.That(lines[2], Does.StartWith($"{Section},{More},"));
            Assert.That(lines[2].Split(','), Has.Length.EqualTo(lines[0].Split(',').Length), "as many cells as a case's line");
        });
    }

    [Test]
    public async Task Should_say_how_many_more_in_html()
    {
        var html = await _client.GetStringAsync("/briefs/weekly?platform=governance&week=2025-03-05&format=html");

        Assert.That(html, Does.Contain($"<p>{System.Net.WebUtility.HtmlEncode(More)}</p>"));
    }
}
