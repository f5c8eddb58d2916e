using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Cases;

/// <summary>
/// Two hotline cases received on 1 December 2026 at 09:00 and 09:10 China time (YHWX-20261201-0001 and -0002), read in Chromium
/// as people read them: the clerk sees the number ahead of the case's title and beside its id, finds the second case by typing its
/// number (in small letters) into the list's filter, and is told how a number is written when it is not; the reporter sees it on
/// their status page.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class When_a_case_is_read_by_its_number
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, China));
    private WorkbenchSite _site = null!;
    private HttpClient _api = null!;
    private Guid _first;
    private Guid _second;

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = new WorkbenchSite(time: _clock);
        _api = _site.Factory.CreateClient();
        _first = await SubmitAsync("numbered-1", "村口违建");
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 10, 0, China));
        _second = await SubmitAsync("numbered-2", "河道垃圾");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _api.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<Guid> SubmitAsync(string key, string title)
    {
        var response = await _api.PostAsJsonAsync("/cases", new
        {
            clientKey = key,
            actor = "command-room",
            category = "illegal-construction",
            title,
            description = "村口新建铁皮棚",
            channel = "hotline",
            reporter = new { name = "蓝秀英", phone = "13812345678" },
        });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.That((int)response.StatusCode, Is.EqualTo(201), body.ToJsonString());
        return Guid.Parse(body["id"]!.GetValue<string>());
    }

    [Test]
    public async Task Should_head_the_case_page_with_its_number_and_give_it_beside_the_id()
    {
        var page = await _site.SignedInAsync("numbers-clerk", ["commandRoom"]);
        await page.GotoAsync($"/workbench/cases/{_second}");

        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        var facts = await page.Locator("dl.facts").First.InnerTextAsync();

        Assert.Multiple(() =>
        {
            Assert.That(heading, Does.StartWith("YHWX-20261201-0002 河道垃圾"));
            Assert.That(facts, Does.Contain("工单编号").And.Contain("YHWX-20261201-0002").And.Contain(_second.ToString()));
        });
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_find_a_case_by_its_number_typed_into_the_lists_filter()
    {
        var page = await _site.SignedInAsync("numbers-finder", ["commandRoom"]);
        await page.GotoAsync("/workbench/cases");
        await page.GetByLabel("工单编号").FillAsync("yhwx-20261201-0002");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("number=", StringComparison.Ordinal));

        var rows = page.Locator("table.cases tbody tr");
        Assert.Multiple(async () =>
        {
            Assert.That(await rows.CountAsync(), Is.EqualTo(1));
            Assert.That(await rows.First.Locator("td.case-number").InnerTextAsync(), Is.EqualTo("YHWX-20261201-0002"));
            Assert.That(await rows.First.GetByRole(AriaRole.Link).GetAttributeAsync("href"), Is.EqualTo($"/workbench/cases/{_second}"));
        });
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_say_what_is_wrong_with_a_number_written_otherwise()
    {
        var page = await _site.SignedInAsync("numbers-typo", ["commandRoom"]);
        await page.GotoAsync("/workbench/cases?number=YHWX-0002");

        Assert.Multiple(async () =>
        {
            Assert.That(await page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain("YHWX-0002").And.Contain("YHWX-20261201-0007"));
            Assert.That(await page.Locator("table.cases tbody tr").CountAsync(), Is.EqualTo(2), "the filter is ignored, both cases listed");
        });
    }

    [Test]
    public async Task Should_show_the_reporter_the_number_to_quote()
    {
        var link = new Uri(_site.Factory.Services.GetRequiredService<CaseService>().ReporterLinks.Link(_first)).PathAndQuery;
        var page = await _site.NewPageAsync();
        await page.GotoAsync(link);

        Assert.That(await page.Locator("dd.number").InnerTextAsync(), Is.EqualTo("YHWX-20261201-0001"));
    }
}
