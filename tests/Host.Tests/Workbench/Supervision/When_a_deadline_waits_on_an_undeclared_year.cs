using CaseFlow.Host.Tests.Admin;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Supervision;

/// <summary>
/// On Tuesday 29 December 2026 the calendar of workflows.json declares 2025 and 2026 only, so a case signed for that day has its
/// handling deadline in 2027, provisional. The command room's 督办 view and the administrators' definitions page both say so and
/// name the case; once an administrator publishes a calendar declaring 2027, the deadline is recomputed and both notices go.
/// </summary>
[TestFixture]
public sealed class When_a_deadline_waits_on_an_undeclared_year
{
    private static readonly DateTimeOffset Tuesday = new(2026, 12, 29, 10, 0, 0, TimeSpan.FromHours(8));

    private WorkbenchSite _site = null!;
    private Guid _case;

    [OneTimeSetUp]
    public async Task Arrange()
    {
        _site = new WorkbenchSite(time: new FakeTimeProvider(Tuesday));
        using var client = _site.Factory.CreateClient();
        _case = await AdminApi.HandledCaseAsync(client, $"undeclared-year-{Guid.NewGuid():N}", progress: false);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test, Order(1)]
    public async Task Should_tell_the_command_room_which_case_waits_on_2027()
    {
        var page = await _site.SignedInAsync("calendar-clerk", ["commandRoom"]);
        await page.GotoAsync("/workbench/supervision");

        var notice = page.GetByRole(AriaRole.Region, new() { Name = "期限暂定" });
        Assert.Multiple(async () =>
        {
            Assert.That(await notice.InnerTextAsync(), Does.Contain("2027 年").And.Contain("1 件在办案件"));
            Assert.That(await notice.GetByRole(AriaRole.Link).GetAttributeAsync("href"), Is.EqualTo($"/workbench/cases/{_case}"));
        });
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }

    [Test, Order(1)]
    public async Task Should_tell_the_administrators_on_the_definitions_page()
    {
        var page = await _site.SignedInAsync("calendar-admin", [], ["administrator"]);
        await page.GotoAsync("/workbench/admin/definitions");

        var calendar = page.GetByRole(AriaRole.Region, new() { Name = "工作日历" });
        Assert.Multiple(async () =>
        {
            Assert.That(await calendar.InnerTextAsync(), Does.Contain("第 1 版").And.Contain("2025、2026"));
            Assert.That(await calendar.Locator(".notice.provisional").InnerTextAsync(), Does.Contain("2027 年").And.Contain("1 件在办案件"));
            Assert.That(await calendar.Locator(".notice.provisional a").GetAttributeAsync("href"), Is.EqualTo($"/workbench/cases/{_case}"));
        });
        await WorkbenchSite.AssertAccessibleAsync(page);
    }

    [Test, Order(2)]
    public async Task Should_drop_both_notices_once_2027_is_published()
    {
        using var admin = _site.Factory.CreateClientAs("calendar-admin", [], ["administrator"]);
        var published = await admin.PostAsync("/admin/calendar/publish", AdminApi.Json(AdminApi.CalendarWith2027()));
        Assert.That((int)published.StatusCode, Is.EqualTo(201));

        var clerk = await _site.SignedInAsync("calendar-clerk", ["commandRoom"]);
        await clerk.GotoAsync("/workbench/supervision");
        var administrator = await _site.SignedInAsync("calendar-admin", [], ["administrator"]);
        await administrator.GotoAsync("/workbench/admin/definitions");

        Assert.Multiple(async () =>
        {
            Assert.That(await clerk.GetByRole(AriaRole.Region, new() { Name = "期限暂定" }).CountAsync(), Is.Zero);
            Assert.That(await administrator.Locator(".notice.provisional").CountAsync(), Is.Zero);
            Assert.That(await administrator.GetByRole(AriaRole.Region, new() { Name = "工作日历" }).InnerTextAsync(), Does.Contain("第 2 版").And.Contain("2025、2026、2027"));
        });
    }
}
