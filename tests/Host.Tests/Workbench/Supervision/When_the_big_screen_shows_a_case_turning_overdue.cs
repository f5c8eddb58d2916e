using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseFlow.Host.Tests.Workbench.Supervision;

/// <summary>
/// On a fake clock: a case escalated last week (up to the governance platform's coordinator, the deputy secretary) and a case signed
/// for this Monday at 09:00 with four working hours to handle it (突发事件). The command room's big screen, opened at 09:00, shows the
/// new case received today and in time; the clock moves past its deadline (15:00), the timer pump marks it overdue, and the screen —
/// by its own refresh, without being reloaded — shows it overdue. The leaders' 督办 view lists both; an office is refused both pages.
/// </summary>
[TestFixture]
public sealed class When_the_big_screen_shows_a_case_turning_overdue
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 2, 27, 9, 0, 0, China));
    private WorkbenchSite _site = null!;
    private HttpClient _client = null!;
    private Guid _escalated;
    private Guid _turning;

    [OneTimeSetUp]
    public async Task Arrange()
    {
        _site = new WorkbenchSite(time: _clock);
        _client = _site.Factory.CreateClient();
        _escalated = await SignedForAsync("big-screen-escalated");
        _clock.SetUtcNow(new DateTimeOffset(2025, 3, 3, 9, 0, 0, China));
        await WaitForAsync(_escalated, "Escalate");
        _turning = await SignedForAsync("big-screen-turning");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }

    [Test, Order(1)]
    public async Task Should_show_the_case_overdue_after_its_own_refresh()
    {
        var page = await _site.SignedInAsync("screen-clerk", ["commandRoom"]);
        await page.GotoAsync("/workbench/big-screen?refresh=5");

        Assert.That(await page.Locator("body").GetAttributeAsync("class"), Does.Contain("big-screen"));
        var intake = page.Locator("table.intake tbody tr", new() { HasText = Number(_turning) });
        Assert.That(await intake.InnerTextAsync(), Does.Contain("突发事件").And.Contain("09:00"), "received today, China time");
        Assert.That(await page.Locator("table.late").GetByText(Number(_turning)).CountAsync(), Is.Zero, "in time at 09:00");
        var escalation = page.Locator("table.escalated tbody tr", new() { HasText = Number(_escalated) });
        Assert.That(await escalation.InnerTextAsync(), Does.Contain("乡党委副书记"), "the governance platform's coordinator, the ladder's first rung");
        Assert.That(await page.GetByRole(AriaRole.Img, new() { Name = "各平台受理与超期 2025-03-01 – 2025-03-31" }).CountAsync(), Is.EqualTo(1));
        await WorkbenchSite.AssertAccessibleAsync(page);
        await page.EvaluateAsync("window.notReloaded = 42");

        _clock.SetUtcNow(new DateTimeOffset(2025, 3, 3, 15, 30, 0, China));
        await WaitForAsync(_turning, "MarkOverdue");

        var late = page.Locator("table.late tbody tr", new() { HasText = Number(_turning) });
        await Expect(late).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        Assert.Multiple(async () =>
        {
            Assert.That(await late.Locator(".badge.overdue").InnerTextAsync(), Is.EqualTo("已超期"));
            Assert.That(await late.InnerTextAsync(), Does.Contain("办理期限 2025-03-03 15:00"));
            Assert.That(await page.EvaluateAsync<int?>("window.notReloaded"), Is.EqualTo(42), "the screen refreshed itself in place");
            Assert.That(await page.GetByRole(AriaRole.Status).InnerTextAsync(), Does.Contain("2025-03-03 15:30"));
            Assert.That(await page.GetByRole(AriaRole.Status).GetAttributeAsync("aria-live"), Is.EqualTo("polite"));
        });
        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "workbench-big-screen");
        _site.AssertNoConsoleErrors(page);
    }

    [Test, Order(2)]
    public async Task Should_list_the_overdue_case_and_the_escalation_in_the_leaders_view()
    {
        var page = await _site.SignedInAsync("deputy", ["leader:deputy-secretary"]);
        await page.GotoAsync("/workbench/supervision");

        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("督办"));
        var late = page.Locator("table.late tbody tr", new() { HasText = Number(_turning) });
        Assert.That(await late.Locator(".badge.overdue").InnerTextAsync(), Is.EqualTo("已超期"));
        Assert.That(await late.GetByRole(AriaRole.Link).GetAttributeAsync("href"), Is.EqualTo($"/workbench/cases/{_turning}"));
        var escalation = page.Locator("table.escalated tbody tr", new() { HasText = Number(_escalated) });
        Assert.That(await escalation.InnerTextAsync(), Does.Contain("乡党委副书记"));
        var states = page.Locator("table.states");
        Assert.That(await states.Locator("tr", new() { HasText = "已超期" }).Locator("td").InnerTextAsync(), Is.EqualTo("1"), "the case the pump marked overdue");
        Assert.That(await states.Locator("tr", new() { HasText = "已报平台协调领导" }).Locator("td").InnerTextAsync(), Is.EqualTo("1"), "the case escalated last week");
        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "workbench-supervision");
        _site.AssertNoConsoleErrors(page);
    }

    [TestCase("/workbench/supervision")]
    [TestCase("/workbench/big-screen")]
    [TestCase("/workbench/big-screen/board")]
    public async Task Should_refuse_an_office(string path)
    {
        var page = await _site.SignedInAsync("police-officer", ["office:police-station"]);
        var response = await page.GotoAsync(path);

        Assert.That(response!.Status, Is.EqualTo(403));
        Assert.That(await page.GetByRole(AriaRole.Alert).CountAsync(), Is.EqualTo(1), "the workbench's refusal page");
        Assert.That(await page.Locator("table").CountAsync(), Is.Zero, "no case is shown");
    }

    [Test]
    public async Task Should_offer_the_pages_to_the_command_room_in_the_navigation_but_not_to_an_office()
    {
        var office = await _site.SignedInAsync("police-officer", ["office:police-station"]);
        await office.GotoAsync("/workbench");
        Assert.That(await office.GetByRole(AriaRole.Link, new() { Name = "大屏" }).CountAsync(), Is.Zero);
    }

    [TestCase("2")]
    [TestCase("601")]
    [TestCase("soon")]
    public async Task Should_say_which_refresh_intervals_it_takes(string refresh)
    {
        var page = await _site.SignedInAsync("screen-clerk", ["commandRoom"]);
        var response = await page.GotoAsync($"/workbench/big-screen?refresh={refresh}");

        Assert.That(response!.Status, Is.EqualTo(400));
        Assert.That(await page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain($"“{refresh}”").And.Contain("5 到 600"));
    }

    [Test]
    public async Task Should_show_the_screen_in_english_too()
    {
        var page = await _site.SignedInAsync("screen-clerk", ["commandRoom"]);
        await page.GotoAsync("/workbench/big-screen");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("Command room big screen"));
        Assert.That(await page.Locator("table.escalated").InnerTextAsync(), Does.Contain("deputy-secretary"), "English shows the organisation's ids");
        _site.AssertNoConsoleErrors(page);
    }

    // The board names a case by its case number: each is its day's first (27 February, 3 March, China time).
    private string Number(Guid id) => id == _escalated ? "YHWX-20250227-0001" : "YHWX-20250303-0001";

    /// <summary>A 突发事件 case received, dispatched, assigned to the emergency command centre and signed for, now, through the API.</summary>
    private async Task<Guid> SignedForAsync(string key)
    {
        var id = await CaseApi.SubmitAsync(_client, key, "sudden-incident");
        await CaseApi.AcceptAsync(_client, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, id, "Dispatch", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, id, "Assign", new { actor = "deputy-secretary" });
        await CaseApi.AcceptAsync(_client, id, "SignFor", new { actor = "emergency-command-centre" });
        return id;
    }

    /// <summary>Reads the case until its history holds the trigger (the pump runs in the background), for at most 30 seconds.</summary>
    private async Task WaitForAsync(Guid id, string trigger)
    {
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromSeconds(30); await Task.Delay(100))
        {
            var view = await CaseApi.GetAsync(_client, id);
            if (view["history"]!.AsArray().Any(e => e!["trigger"]!.GetValue<string>() == trigger))
            {
                return;
            }
        }

        throw new AssertionException($"the timer pump did not record {trigger} on case {id} within 30 seconds");
    }
}
