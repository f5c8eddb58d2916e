using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Audit;

/// <summary>
/// An auditor in the browser: finds a case, steps through its replay and sees the one event tampered with in the SQLite file
/// flagged (and the steps before it not), verifies the whole store, downloads a history, and is shown a reporter's personal data
/// only for a reason that follows the rule — recorded where the API lists disclosures. A person without the role is refused.
/// </summary>
[TestFixture]
public sealed class When_an_auditor_uses_the_workbench
{
    private const string Reason = "信访复核 2026-118";
    private WorkbenchSite _site = null!;
    private HttpClient _api = null!;
    private Guid _clean;
    private Guid _tampered;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _site = new WorkbenchSite();
        _api = _site.Factory.CreateClient();
        _clean = await ReceivedAsync("wb-audit-clean");
        _tampered = await ReceivedAsync("wb-audit-tampered");

        // The third event (Triage) is edited behind the service's back: its actor is no longer the one that was recorded.
        using var connection = new SqliteConnection($"Data Source={_site.Factory.Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE events SET actor = 'forged' WHERE case_id = $id AND sequence = 3";
        command.Parameters.AddWithValue("$id", _tampered.ToString());
        Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1), "the tampering changed one event");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _api.Dispose();
        SqliteConnection.ClearAllPools();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task Should_flag_the_tampered_event_when_stepping_to_it_and_not_the_steps_before_it()
    {
        var page = await _site.SignedInAsync("wb-auditor-zhou", [], ["auditor"]);
        await page.GotoAsync("/workbench/audit");
        await page.GetByLabel("案件编号或客户端键").FillAsync("wb-audit-tampered");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "回放：违建" }).ClickAsync();
        await page.WaitForURLAsync($"**/workbench/audit/cases/{_tampered}/replay");

        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Name = "案件核验" }).Locator("xpath=..").InnerTextAsync(), Does.Contain("核验未通过"));
        var stepper = page.GetByRole(AriaRole.Navigation, new() { Name = "逐步回放" });
        var steps = page.Locator("ol.steps > li");
        Assert.That(await steps.CountAsync(), Is.EqualTo(3));

        var seen = new List<string>();
        for (var step = 1; step <= 3; step++)
        {
            if (step > 1)
            {
                await stepper.GetByRole(AriaRole.Button, new() { Name = "下一步", Exact = true }).ClickAsync();
            }

            var shown = steps.Filter(new() { Visible = true });
            Assert.That(await shown.CountAsync(), Is.EqualTo(1), "one step at a time");
            Assert.That(await shown.GetAttributeAsync("id"), Is.EqualTo($"step-{step}"));
            Assert.That(await stepper.Locator(".position").InnerTextAsync(), Does.StartWith($"第 {step} 步，共 3 步"));
            seen.Add(await shown.InnerTextAsync());
        }

        Assert.Multiple(() =>
        {
            Assert.That(seen[0], Does.Contain("第 1 步").And.Contain("✔ 一致").And.Not.Contain("不符"), "the submission holds");
            Assert.That(seen[1], Does.Contain("第 2 步").And.Contain("✔ 一致").And.Not.Contain("不符"), "the registration holds");
            Assert.That(seen[2], Does.Contain("第 3 步").And.Contain("不符"), "the tampered triage is flagged");
            Assert.That(seen[2], Does.Contain("内容与存储的哈希不一致"), "its hash no longer matches its content");
            Assert.That(seen[2], Does.Contain("forged"), "the actor it now names is shown");
            Assert.That(seen[2], Does.Contain("一致：链接到前一事件"), "it still links to the event before it");
        });
        Assert.That(await stepper.Locator(".position").InnerTextAsync(), Does.Contain("此步不符"), "the stepper says so in words too");

        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "workbench-audit-replay");
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_jump_to_the_divergence_from_the_verdict_and_show_an_intact_case_as_verified()
    {
        var page = await _site.SignedInAsync("wb-auditor-qian", [], ["auditor"]);
        await page.GotoAsync($"/workbench/audit/cases/{_tampered}/replay");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一处不符" }).ClickAsync();
        Assert.That(await page.Locator("ol.steps > li").Filter(new() { Visible = true }).GetAttributeAsync("id"), Is.EqualTo("step-3"));

        await page.GotoAsync($"/workbench/audit/cases/{_clean}/replay");
        Assert.Multiple(async () =>
        {
            Assert.That(await page.GetByRole(AriaRole.Heading, new() { Name = "案件核验" }).Locator("xpath=..").InnerTextAsync(), Does.Contain("核验通过"));
            Assert.That(await page.Locator("ol.steps > li.flagged").CountAsync(), Is.Zero);
            Assert.That(await page.GetByRole(AriaRole.Button, new() { Name = "下一处不符" }).IsDisabledAsync(), Is.True);
        });
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_verify_the_whole_store_and_name_the_tampered_case_only()
    {
        var page = await _site.SignedInAsync("wb-auditor-wu", [], ["auditor"]);
        await page.GotoAsync("/workbench/audit");
        await page.GetByRole(AriaRole.Button, new() { Name = "核验全部哈希链" }).ClickAsync();

        Assert.That(await page.GetByRole(AriaRole.Status).InnerTextAsync(), Does.Contain("1 件案件的哈希链断裂").And.Contain("共核验 2 件案件、6 个事件"));
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "哈希链断裂的案件" }).Locator("tbody tr");
        Assert.That(await rows.CountAsync(), Is.EqualTo(1));
        Assert.That(await rows.First.InnerTextAsync(), Does.Contain(_tampered.ToString()).And.Contain("3"));
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_list_cases_updated_in_a_period_and_download_a_case_history_masked()
    {
        var page = await _site.SignedInAsync("wb-auditor-zheng", [], ["auditor"]);
        await page.GotoAsync("/workbench/audit");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await page.GetByLabel("最后更新起始日").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("最后更新截止日").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
        var listed = await page.Locator("table tbody").InnerTextAsync();
        Assert.That(listed, Does.Contain(_clean.ToString()).And.Contain(_tampered.ToString()));
        await WorkbenchSite.AssertAccessibleAsync(page);

        await page.GetByLabel("最后更新起始日").FillAsync(today.AddDays(-30).ToString("yyyy-MM-dd"));
        await page.GetByLabel("最后更新截止日").FillAsync(today.AddDays(-20).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
        Assert.That(await page.GetByText("没有找到案件。").CountAsync(), Is.EqualTo(1), "no case was updated a month ago");

        await page.GotoAsync($"/workbench/audit/cases/{_clean}/replay");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载历史（CSV）" }).ClickAsync());
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.Multiple(() =>
        {
            Assert.That(download.SuggestedFilename, Is.EqualTo($"case-{_clean}.csv"));
            Assert.That(csv[0], Does.StartWith("caseId,sequence,at,actor"));
            Assert.That(csv.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]), Is.EqualTo(Enumerable.Repeat(_clean.ToString(), 3)));
            Assert.That(string.Join("\n", csv), Does.Not.Contain("13957884321").And.Not.Contain("雷先生"), "the export is masked");
        });
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_show_the_reporters_name_for_a_reason_and_record_the_disclosure_as_the_api_does()
    {
        var page = await _site.SignedInAsync("wb-auditor-sun", [], ["auditor"]);
        await page.GotoAsync($"/workbench/audit/cases/{_clean}/replay");
        var personal = page.GetByRole(AriaRole.Region, new() { Name = "报告人个人信息" });
        Assert.That(await personal.InnerTextAsync(), Does.Not.Contain("雷先生").And.Not.Contain("13957884321"), "masked until a reason is given");

        await page.GetByLabel("查看理由").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "显示个人信息" }).ClickAsync();

        var shown = await personal.InnerTextAsync();
        Assert.That(shown, Does.Contain("雷先生").And.Contain("13957884321").And.Contain("331125198001015678").And.Contain("已记入个人信息查看记录"));
        await WorkbenchSite.AssertAccessibleAsync(page);

        var recorded = await DisclosuresOverTheApiAsync();
        var mine = recorded.Where(d => d["auditor"]!.GetValue<string>() == "wb-auditor-sun").ToList();
        Assert.That(mine, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(mine[0]["what"]!.GetValue<string>(), Is.EqualTo("replay"));
            Assert.That(mine[0]["caseId"]!.GetValue<string>(), Is.EqualTo(_clean.ToString()));
            Assert.That(mine[0]["reason"]!.GetValue<string>(), Is.EqualTo(Reason));
        });

        await page.GetByRole(AriaRole.Link, new() { Name = "个人信息查看记录" }).ClickAsync();
        await page.WaitForURLAsync("**/workbench/audit/disclosures");
        var row = page.Locator("table tbody tr", new() { HasText = "wb-auditor-sun" });
        Assert.That(await row.CountAsync(), Is.EqualTo(1));
        Assert.That(await row.InnerTextAsync(), Does.Contain(Reason).And.Contain(_clean.ToString()).And.Contain("replay"));
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_refuse_a_blank_reason_with_the_rule_and_show_and_record_nothing()
    {
        var page = await _site.SignedInAsync("wb-auditor-li", [], ["auditor"]);
        await page.GotoAsync($"/workbench/audit/cases/{_clean}/replay");
        await page.GetByLabel("查看理由").FillAsync("   ");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "显示个人信息" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.That(response.Status, Is.EqualTo(400));
        var personal = page.GetByRole(AriaRole.Region, new() { Name = "报告人个人信息" });
        Assert.Multiple(async () =>
        {
            Assert.That(await personal.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain("须填写理由").And.Contain("不超过 500 个字符").And.Contain("控制字符"));
            Assert.That(await personal.InnerTextAsync(), Does.Not.Contain("雷先生"));
            Assert.That(await page.GetByLabel("查看理由").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        });
        await WorkbenchSite.AssertAccessibleAsync(page);

        // A right-to-left override would make the recorded reason read otherwise than it was typed.
        await page.GetByLabel("查看理由").FillAsync("复核\u202E8112-6202");
        var overridden = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "显示个人信息" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.That(overridden.Status, Is.EqualTo(400));
        Assert.That(await personal.InnerTextAsync(), Does.Not.Contain("雷先生"));
        Assert.That((await DisclosuresOverTheApiAsync()).Where(d => d["auditor"]!.GetValue<string>() == "wb-auditor-li"), Is.Empty, "nothing was recorded");
    }

    [Test]
    public async Task Should_refuse_the_audit_pages_to_a_person_without_the_auditor_role()
    {
        var page = await _site.SignedInAsync("wb-audit-clerk", ["commandRoom"]);
        foreach (var path in new[] { "/workbench/audit", $"/workbench/audit/cases/{_clean}/replay", "/workbench/audit/disclosures" })
        {
            var response = await page.GotoAsync(path);
            Assert.That(response!.Status, Is.EqualTo(403), path);
            Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("无权访问"), path);
        }

        var export = await page.GotoAsync($"/workbench/audit/cases/{_clean}/replay?handler=export&format=csv");
        Assert.That(export!.Status, Is.EqualTo(403), "nor the download");
        Assert.That(await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "审计" }).CountAsync(), Is.Zero);
        await WorkbenchSite.AssertAccessibleAsync(page);
    }

    private async Task<Guid> ReceivedAsync(string key)
    {
        var response = await _api.PostAsJsonAsync("/cases", new
        {
            clientKey = key,
            actor = "command-room",
            category = "illegal-construction",
            title = "违建",
            description = "村口新建铁皮棚",
            channel = "visit",
            reporter = new { name = "雷先生", phone = "13957884321", idNumber = "331125198001015678" },
        });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        var id = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        await Http.CaseApi.AcceptAsync(_api, id, "Register", new { actor = "command-room" });
        await Http.CaseApi.AcceptAsync(_api, id, "Triage", new { actor = "command-room" });
        return id;
    }

    private async Task<List<JsonNode>> DisclosuresOverTheApiAsync()
    {
        var listed = JsonNode.Parse(await _api.GetStringAsync("/audit/disclosures"))!["disclosures"]!.AsArray();
        return [.. listed.Select(d => d!)];
    }
}
