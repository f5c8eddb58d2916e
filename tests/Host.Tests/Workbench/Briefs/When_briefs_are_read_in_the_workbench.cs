using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Briefs;

/// <summary>
/// On a service whose clock starts on Monday 3 March 2025, 09:00 in the township, one illegal-construction case is assigned to the
/// “三改一拆”办 and completed. An office's clerk picks the enforcement platform's week in the workbench, reads the brief inside the
/// workbench's pages and downloads it; the monthly brief and the territorial assessment read alike; a period out of range is refused.
/// </summary>
[TestFixture]
public sealed class When_briefs_are_read_in_the_workbench
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)));
    private WorkbenchSite _site = null!;
    private Guid _case;

    [OneTimeSetUp]
    public async Task Arrange()
    {
        _site = new WorkbenchSite(time: _clock);
        using var client = _site.Factory.CreateClient();
        _case = await CaseApi.SubmitAsync(client, "workbench-brief-1");
        foreach (var (command, actor) in new[] { ("Register", "command-room"), ("Triage", "command-room"), ("Dispatch", "command-room"), ("Assign", "armed-forces-head"), ("SignFor", "demolition-office") })
        {
            await CaseApi.AcceptAsync(client, _case, command, new { actor });
        }

        _clock.Advance(TimeSpan.FromHours(1));
        await CaseApi.AcceptAsync(client, _case, "Complete", new { actor = "demolition-office", result = "违建已拆除" });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test]
    public async Task Should_show_the_weekly_brief_picked_within_the_workbench_and_download_it()
    {
        var page = await _site.SignedInAsync("brief-reader", ["office:demolition-office"]);
        await page.GotoAsync("/workbench/briefs");
        await WorkbenchSite.AssertAccessibleAsync(page);
        await page.GetByLabel("平台").SelectOptionAsync(new SelectOptionValue { Label = "综合执法平台" });
        await page.GetByLabel("周（该周任意一天）").FillAsync("2025-03-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看周简报" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/workbench/briefs/weekly", StringComparison.Ordinal));

        var title = await page.Locator("#brief-title").InnerTextAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(title, Is.EqualTo("2025年3月3日至3月9日案件办理情况"));
            Assert.That(await page.Locator("article.brief .masthead").InnerTextAsync(), Does.Contain("综合执法平台例会简报").And.Contain("2025年第10期"));
            Assert.That(await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).CountAsync(), Is.EqualTo(1), "inside the workbench's layout");
            Assert.That(await page.Locator($"a[href='/workbench/cases/{_case}']").CountAsync(), Is.GreaterThan(0), "the case links to its page");
            Assert.That(await page.Locator("article.brief svg[role=img]").CountAsync(), Is.EqualTo(1), "the chart, inline");
            Assert.That(await page.Locator("article.brief").InnerTextAsync(), Does.Contain("“三改一拆”办"));
            Assert.That(await page.GetByLabel("周（该周任意一天）").InputValueAsync(), Is.EqualTo("2025-03-03"), "the picker shows the week's Monday");
        });
        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "workbench-brief");

        var csv = await DownloadAsync(page, "下载 CSV");
        var markdown = await DownloadAsync(page, "下载 Markdown");
        Assert.That(csv.Name, Is.EqualTo("weekly-brief-enforcement-2025-03-03.csv"));
        Assert.That(csv.Text, Does.StartWith("section,").And.Contain(_case.ToString()));
        Assert.That(markdown.Text, Does.StartWith("**综合执法平台例会简报**").And.Contain("(/workbench/briefs/weekly/chart?platform=enforcement&week=2025-03-03&name=chart)"));
        var chart = await page.APIRequest.GetAsync("/workbench/briefs/weekly/chart?platform=enforcement&week=2025-03-03&name=chart");
        Assert.That(chart.Status, Is.EqualTo(200));
        Assert.That(chart.Headers["content-type"], Does.StartWith("image/svg+xml"));
        Assert.That(await chart.TextAsync(), Does.StartWith("<svg").And.Contain("“三改一拆”办"));
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_default_to_last_week_of_the_first_platform()
    {
        var page = await _site.SignedInAsync("brief-reader", ["office:demolition-office"]);
        await page.GotoAsync("/workbench/briefs/weekly");

        Assert.That(await page.Locator("#brief-title").InnerTextAsync(), Is.EqualTo("2025年2月24日至3月2日案件办理情况"));
        Assert.That(await page.Locator("article.brief .masthead .name").InnerTextAsync(), Is.EqualTo("综治工作平台例会简报"));
    }

    [Test]
    public async Task Should_show_the_monthly_brief_with_its_charts()
    {
        var page = await _site.SignedInAsync("brief-reader", ["office:demolition-office"]);
        await page.GotoAsync("/workbench/briefs/monthly?month=2025-03");

        Assert.That(await page.Locator("#brief-title").InnerTextAsync(), Is.EqualTo("2025年3月四个平台运行情况"));
        Assert.That(await page.Locator("article.brief svg[role=img]").CountAsync(), Is.EqualTo(2), "the trend and the platforms");
        var html = await DownloadAsync(page, "下载 HTML");
        Assert.That(html.Text, Does.StartWith("<!DOCTYPE html>").And.Contain("四个平台联席会议简报").And.Contain("<svg"), "a document of its own, charts inline");
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_show_the_territorial_assessment_and_its_csv()
    {
        var page = await _site.SignedInAsync("brief-reader", ["office:demolition-office"]);
        await page.GotoAsync("/workbench/briefs/territorial?year=2025");

        Assert.That(await page.Locator("#territorial-heading").InnerTextAsync(), Is.EqualTo("2025 年度属地考评"));
        Assert.That(await page.Locator("article.brief tbody tr").CountAsync(), Is.GreaterThan(0), "every dispatched agency has a line");
        var csv = await DownloadAsync(page, "下载 CSV");
        Assert.That(csv.Text, Does.StartWith("rank,agency,name,score,received"));
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }

    [TestCase("/workbench/briefs/weekly?platform=enforcement&week=1999-12-31", "1999-12-31")]
    [TestCase("/workbench/briefs/weekly?platform=nowhere", "nowhere")]
    [TestCase("/workbench/briefs/monthly?month=March", "March")]
    [TestCase("/workbench/briefs/territorial?year=2101", "2101")]
    public async Task Should_refuse_a_period_or_platform_it_cannot_brief(string path, string named)
    {
        var page = await _site.SignedInAsync("brief-reader", ["office:demolition-office"]);
        var response = await page.GotoAsync(path);

        Assert.That(response!.Status, Is.EqualTo(400));
        Assert.That(await page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain(named));
        Assert.That(await page.Locator("article.brief").CountAsync(), Is.Zero);
    }

    [Test]
    public async Task Should_answer_a_download_in_an_unknown_format_with_a_problem()
    {
        var page = await _site.SignedInAsync("brief-reader", ["office:demolition-office"]);
        var response = await page.APIRequest.GetAsync("/workbench/briefs/monthly/download?month=2025-03&format=docx");

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Headers["content-type"], Does.StartWith("application/problem+json"));
        Assert.That(JsonNode.Parse(await response.TextAsync())!["detail"]!.GetValue<string>(), Does.Contain("'docx'").And.Contain("md, html, csv, pdf"));
    }

    [Test]
    public async Task Should_need_a_signed_in_person_for_a_download()
    {
        var page = await _site.NewPageAsync();
        var response = await page.APIRequest.GetAsync("/workbench/briefs/monthly/download?month=2025-03&format=csv", new() { MaxRedirects = 0 });

        Assert.That(response.Status, Is.EqualTo(302));
        Assert.That(response.Headers["location"], Does.Contain("/workbench/sign-in"));
    }

    private static async Task<(string Name, string Text)> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllTextAsync(path));
    }
}
