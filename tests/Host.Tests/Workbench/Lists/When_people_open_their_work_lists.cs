using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Lists;

/// <summary>
/// One case received on a Monday morning and moved on over the API, as each person who works it sees their home page and lists in
/// Chromium: the clerk under register, the enforcement platform's coordinator under assign, the demolition office under sign-for
/// (and the police station not), and, once the service's clock passes the sign-for deadline, under overdue.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class When_people_open_their_work_lists
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, China));
    private WorkbenchSite _site = null!;
    private HttpClient _api = null!;
    private Guid _case;

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = new WorkbenchSite(time: _clock);
        _api = _site.Factory.CreateClient();
        _case = await CaseApi.SubmitAsync(_api, "lists-1", "illegal-construction");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _api.Dispose();
        await _site.DisposeAsync();
    }

    private static ILocator Entry(IPage page, string position, string list) =>
        page.GetByRole(AriaRole.Region, new() { Name = position }).Locator("li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = list, Exact = true }) });

    [Test, Order(1)]
    public async Task Should_show_the_clerk_a_new_case_under_register_and_list_it()
    {
        var page = await _site.SignedInAsync("lists-clerk", ["commandRoom"]);
        await page.GotoAsync("/workbench");

        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("您好，lists-clerk"));
        Assert.That(await Entry(page, "四个平台综合指挥室", "登记 · 已提交").InnerTextAsync(), Does.Contain("1 件"));
        await WorkbenchSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "登记 · 已提交", Exact = true }).ClickAsync();
        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("登记 · 已提交（四个平台综合指挥室）"));
        var link = page.GetByRole(AriaRole.Link, new() { Name = "违建" });
        Assert.That(await link.GetAttributeAsync("href"), Is.EqualTo($"/workbench/cases/{_case}"));
        Assert.That(await page.Locator(".list-total").InnerTextAsync(), Does.Contain("共 1 件"));
        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "workbench-list");
        _site.AssertNoConsoleErrors(page);
    }

    [Test, Order(2)]
    public async Task Should_show_the_platform_coordinator_a_dispatched_case_under_assign()
    {
        await CaseApi.AcceptAsync(_api, _case, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_api, _case, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_api, _case, "Dispatch", new { actor = "command-room" });

        var coordinator = await _site.SignedInAsync("lists-coordinator", ["leader:armed-forces-head"]);
        await coordinator.GotoAsync("/workbench");
        var clerk = await _site.SignedInAsync("lists-clerk-2", ["commandRoom"]);
        await clerk.GotoAsync("/workbench");

        Assert.That(await Entry(coordinator, "乡人武部长", "交办 · 已交办平台").InnerTextAsync(), Does.Contain("1 件"));
        Assert.That(await clerk.GetByRole(AriaRole.Link, new() { Name = "登记 · 已提交", Exact = true }).CountAsync(), Is.Zero, "registered, it left the register queue");
        _site.AssertNoConsoleErrors(coordinator);
    }

    [Test, Order(3)]
    public async Task Should_show_the_lead_office_an_assigned_case_to_sign_for_and_another_office_nothing()
    {
        await CaseApi.AcceptAsync(_api, _case, "Assign", new { actor = "armed-forces-head" });

        var office = await _site.SignedInAsync("lists-demolition", ["office:demolition-office"]);
        await office.GotoAsync("/workbench");
        var police = await _site.SignedInAsync("lists-police", ["office:police-station"]);
        await police.GotoAsync("/workbench");

        Assert.That(await Entry(office, "“三改一拆”办", "签收 · 已交办科室").InnerTextAsync(), Does.Contain("1 件"));
        Assert.That(await Entry(office, "“三改一拆”办", "在办").InnerTextAsync(), Does.Contain("1 件"));
        Assert.That(await Entry(office, "“三改一拆”办", "已超期").InnerTextAsync(), Does.Contain("0 件"));
        Assert.That(await police.GetByRole(AriaRole.Link, new() { Name = "签收 · 已交办科室", Exact = true }).CountAsync(), Is.Zero);
        Assert.That(await Entry(police, "派出所", "在办").InnerTextAsync(), Does.Contain("0 件"));
        await WorkbenchSite.AssertAccessibleAsync(office);
        await WorkbenchSite.ScreenshotAsync(office, "workbench-home-office");
        _site.AssertNoConsoleErrors(office);
    }

    [Test, Order(4)]
    public async Task Should_narrow_the_cases_search_by_platform_and_page_through_it()
    {
        await CaseApi.SubmitAsync(_api, "lists-2", "neighbour-dispute");
        await CaseApi.SubmitAsync(_api, "lists-3", "neighbour-dispute");
        var page = await _site.SignedInAsync("lists-clerk-3", ["commandRoom"]);
        await page.GotoAsync("/workbench/cases");
        Assert.That(await page.Locator("table.cases tbody tr").CountAsync(), Is.EqualTo(3));

        await page.GetByLabel("平台", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "综合执法平台" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("platform=enforcement", StringComparison.Ordinal));
        Assert.That(await page.Locator("table.cases tbody tr").CountAsync(), Is.EqualTo(1));
        Assert.That(await page.GetByRole(AriaRole.Link, new() { Name = "违建" }).GetAttributeAsync("href"), Is.EqualTo($"/workbench/cases/{_case}"));

        await page.GotoAsync("/workbench/cases?limit=2");
        var first = await page.Locator("table.cases tbody th a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).ClickAsync();
        var second = await page.Locator("table.cases tbody th a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.That(first, Has.Length.EqualTo(2));
        Assert.That(second, Has.Length.EqualTo(1));
        Assert.That(first.Concat(second).Distinct().Count(), Is.EqualTo(3), "the pages together hold every case once");
        Assert.That(await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).CountAsync(), Is.Zero, "the last page has no next");
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }

    [Test, Order(5)]
    public async Task Should_narrow_a_work_list_by_a_filter()
    {
        var page = await _site.SignedInAsync("lists-clerk-4", ["commandRoom"]);
        await page.GotoAsync("/workbench");
        await page.GetByRole(AriaRole.Link, new() { Name = "在办", Exact = true }).ClickAsync();
        Assert.That(await page.Locator(".list-total").InnerTextAsync(), Does.Contain("共 3 件"));

        await page.GetByLabel("科室", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "“三改一拆”办" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("office=demolition-office", StringComparison.Ordinal));

        Assert.That(await page.Locator(".list-total").InnerTextAsync(), Does.Contain("共 1 件"));
        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("在办（四个平台综合指挥室）"));
    }

    [Test, Order(6)]
    public async Task Should_refuse_a_list_of_a_position_not_held_and_a_parameter_the_list_does_not_take()
    {
        var page = await _site.SignedInAsync("lists-police-2", ["office:police-station"]);

        var notHeld = await page.GotoAsync("/workbench/lists?as=office:demolition-office&list=in-hand");
        Assert.That(notHeld!.Status, Is.EqualTo(403));
        Assert.That(await page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain("office:demolition-office"));

        var unknown = await page.GotoAsync("/workbench/cases?colour=red");
        Assert.That(unknown!.Status, Is.EqualTo(400));
        Assert.That(await page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain("colour"));
    }

    [Test, Order(7)]
    public async Task Should_put_a_case_under_overdue_once_its_sign_for_deadline_passes()
    {
        _clock.SetUtcNow(new DateTimeOffset(2025, 3, 4, 10, 0, 0, China));

        var office = await _site.SignedInAsync("lists-demolition-2", ["office:demolition-office"]);
        await office.GotoAsync("/workbench");
        Assert.That(await Entry(office, "“三改一拆”办", "已超期").InnerTextAsync(), Does.Contain("1 件"));

        await office.GetByRole(AriaRole.Link, new() { Name = "已超期", Exact = true }).ClickAsync();
        var row = office.Locator("table.cases tbody tr");
        Assert.That(await row.CountAsync(), Is.EqualTo(1));
        var text = await row.InnerTextAsync();
        // Assigned Monday 09:00, four working hours to sign for: 09:00–12:00 and 14:00–15:00; by Tuesday 10:00 it is 15:00–17:30 and 08:30–10:00 late.
        Assert.That(text, Does.Contain("签收期限 2025-03-03 15:00").And.Contain("已超期 4 小时"));
        await WorkbenchSite.AssertAccessibleAsync(office);
        _site.AssertNoConsoleErrors(office);
    }
}
