using CaseFlow.Host.Tests.Admin;
using CaseFlow.Host.Tests.Http;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Admin;

/// <summary>
/// Version 2 renames handle.InProgress to handle.Working. A case being handled and a case just submitted run on version 1; the
/// administrator does a dry run in the browser (one would move, one cannot, nothing changes), then applies the move with a mapping.
/// </summary>
[TestFixture]
public sealed class When_an_administrator_migrates_cases_in_the_workbench
{
    private WorkbenchSite _site = null!;
    private HttpClient _client = null!;
    private Guid _working;
    private Guid _waiting;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _site = new WorkbenchSite();
        _client = _site.Factory.CreateClient();
        _working = await AdminApi.HandledCaseAsync(_client, "wb-migrate-working");
        _waiting = await CaseApi.SubmitAsync(_client, "wb-migrate-waiting", "neighbour-dispute");
        Assert.That((int)(await AdminApi.PublishAsync(_client, DefinitionEdits.WithInProgressRenamed())).StatusCode, Is.EqualTo(201));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task Should_plan_then_apply_the_move_of_the_cases_pinned_to_the_old_version()
    {
        var page = await _site.SignedInAsync("admin-sun", [], ["administrator"]);
        await page.GotoAsync("/workbench/admin/migrations");
        var first = page.GetByRole(AriaRole.Table, new() { Name = "各版本上的案件" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "第 1 版" });
        Assert.Multiple(async () =>
        {
            Assert.That(await first.GetByRole(AriaRole.Cell).First.InnerTextAsync(), Is.EqualTo("2"), "two running cases on version 1");
            Assert.That(await page.GetByLabel("迁移哪个版本上的在办案件").InputValueAsync(), Is.EqualTo("1"));
            Assert.That(await page.GetByLabel("迁移到版本").InputValueAsync(), Is.EqualTo("2"));
        });
        await WorkbenchSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "试运行" }).ClickAsync();
        var wouldMove = page.GetByRole(AriaRole.Table, new() { Name = "将迁移的案件" });
        var cannotMove = page.GetByRole(AriaRole.Table, new() { Name = "不能迁移的案件" });
        Assert.Multiple(async () =>
        {
            Assert.That(await page.GetByRole(AriaRole.Status).InnerTextAsync(), Does.Contain("试运行").And.Contain("未做任何改动"));
            Assert.That(await wouldMove.Locator($"a[href='/workbench/cases/{_waiting}']").CountAsync(), Is.EqualTo(1));
            Assert.That(await wouldMove.Locator($"a[href='/workbench/cases/{_working}']").CountAsync(), Is.Zero);
            var held = cannotMove.GetByRole(AriaRole.Row).Filter(new() { Has = page.Locator($"a[href='/workbench/cases/{_working}']") });
            Assert.That(await held.InnerTextAsync(), Does.Contain("handle.InProgress").And.Contain("not in version 2"));
            Assert.That((await CaseApi.GetAsync(_client, _working))["case"]!["definitionVersion"]!.GetValue<int>(), Is.EqualTo(1), "a dry run moves nothing");
        });
        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "workbench-admin-migration");

        await page.GetByLabel("状态映射（可选）").FillAsync("handle.InProgress = handle.Working");
        await page.GetByLabel("原因（记录在每件迁移的案件中）").FillAsync("办理中状态改名");
        await page.GetByRole(AriaRole.Button, new() { Name = "执行迁移" }).ClickAsync();
        var moved = page.GetByRole(AriaRole.Table, new() { Name = "已迁移的案件" });
        Assert.Multiple(async () =>
        {
            Assert.That(await moved.Locator($"a[href='/workbench/cases/{_working}']").CountAsync(), Is.EqualTo(1));
            Assert.That(await moved.Locator($"a[href='/workbench/cases/{_waiting}']").CountAsync(), Is.EqualTo(1));
            Assert.That(await page.GetByRole(AriaRole.Table, new() { Name = "不能迁移的案件" }).Locator("a").CountAsync(), Is.Zero);
        });

        var after = await CaseApi.GetAsync(_client, _working);
        var last = after["history"]!.AsArray()[^1]!;
        Assert.Multiple(() =>
        {
            Assert.That(CaseApi.Position(after), Is.EqualTo("handle.Working"));
            Assert.That(after["case"]!["definitionVersion"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(last["trigger"]!.GetValue<string>(), Is.EqualTo("Migrate"));
            Assert.That(last["actor"]!.GetValue<string>(), Is.EqualTo("admin-sun"), "the signed-in administrator is recorded");
            Assert.That(last["payload"]!["reason"]!.GetValue<string>(), Is.EqualTo("办理中状态改名"));
        });
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_say_which_mapping_line_is_wrong_and_move_nothing()
    {
        var page = await _site.SignedInAsync("admin-ma", [], ["administrator"]);
        await page.GotoAsync("/workbench/admin/migrations");
        await page.GetByLabel("状态映射（可选）").FillAsync("handle.InProgress -> handle.Working");
        await page.GetByRole(AriaRole.Button, new() { Name = "执行迁移" }).ClickAsync();

        Assert.That(await page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain("没有迁移任何案件"));
        Assert.That(await page.Locator("#problems-heading + ul").InnerTextAsync(), Does.Contain("第 1 行"));
        Assert.That(await page.GetByRole(AriaRole.Table, new() { Name = "已迁移的案件" }).CountAsync(), Is.Zero, "nothing was applied");
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }
}
