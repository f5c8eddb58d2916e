using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Admin;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Admin;

/// <summary>
/// An administrator pastes a draft whose category names an office that does not exist, sees the error at its JSON path and finds
/// its place in the text, publishes nothing; then checks the current definition with a category renamed, reads the change and
/// publishes it, and the definitions page shows the new version in their name.
/// </summary>
[TestFixture]
public sealed class When_an_administrator_publishes_a_draft
{
    private const string Category = "neighbour-dispute";
    private const string NewName = "邻里纠纷（改名测试）";

    private WorkbenchSite _site = null!;

    [OneTimeSetUp]
    public void Start() => _site = new WorkbenchSite();

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test]
    public async Task Should_show_the_error_at_its_json_path_publish_nothing_then_publish_a_good_draft()
    {
        var page = await _site.SignedInAsync("admin-li", [], ["administrator"]);
        await page.GotoAsync("/workbench/admin/draft");
        var bad = DefinitionEdits.WithUnknownLeadOffice(Category);
        await PasteAsync(page, bad);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查草稿" }).ClickAsync();

        var index = CategoryIndex(bad);
        var line = bad.Split('\n').ToList().FindIndex(l => l.Contains("no-such-office", StringComparison.Ordinal)) + 1;
        var errors = page.Locator("ol.draft-errors > li");
        Assert.Multiple(async () =>
        {
            Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First.InnerTextAsync(), Does.Contain("1 处错误").And.Contain("未发布"));
            Assert.That(await errors.CountAsync(), Is.EqualTo(1));
            Assert.That(await errors.First.InnerTextAsync(), Does.Contain($"$.categories[{index}].leadOffice").And.Contain("no-such-office").And.Contain($"第 {line} 行"));
            Assert.That(await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).CountAsync(), Is.Zero, "a draft with errors is not offered for publishing");
        });

        await errors.First.GetByRole(AriaRole.Link).ClickAsync();
        var selected = await page.EvaluateAsync<string>("() => { const box = document.getElementById('draft'); return box.value.substring(box.selectionStart, box.selectionEnd); }");
        Assert.That(selected, Is.EqualTo("\"no-such-office\""), "the error's link selects the value its path names");
        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "workbench-admin-draft");
        Assert.That(await VersionsAsync(), Has.Count.EqualTo(1), "nothing was published");

        var good = Renamed(DefinitionEdits.Real);
        await PasteAsync(page, good);
        await page.GetByRole(AriaRole.Button, new() { Name = "检查草稿" }).ClickAsync();
        var change = page.Locator("ul.changes li").Filter(new() { HasText = Category });
        Assert.Multiple(async () =>
        {
            Assert.That(await page.GetByRole(AriaRole.Status).First.InnerTextAsync(), Does.Contain("草稿有效"));
            Assert.That(await page.GetByRole(AriaRole.Heading, new() { Name = "与当前版本（第 1 版）相比的变更" }).CountAsync(), Is.EqualTo(1));
            Assert.That(await page.GetByRole(AriaRole.Heading, new() { Name = "案件类别" }).CountAsync(), Is.EqualTo(1));
            Assert.That(await change.CountAsync(), Is.EqualTo(1));
            Assert.That(await change.InnerTextAsync(), Does.Contain("修改").And.Contain(NewName));
        });
        await WorkbenchSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/workbench/admin/definitions", StringComparison.Ordinal));
        var newest = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "第 2 版", Exact = true }) });
        Assert.Multiple(async () =>
        {
            Assert.That(await page.GetByRole(AriaRole.Status).InnerTextAsync(), Does.Contain("第 2 版"));
            Assert.That(await page.GetByRole(AriaRole.Heading, new() { Name = "当前版本：第 2 版" }).CountAsync(), Is.EqualTo(1));
            Assert.That(await newest.InnerTextAsync(), Does.Contain("admin-li").And.Contain("workbench").And.Contain("当前"));
        });
        var versions = await VersionsAsync();
        Assert.That(versions.Select(v => (v!["version"]!.GetValue<int>(), v["publishedBy"]!.GetValue<string>(), v["current"]!.GetValue<bool>())).Last(),
            Is.EqualTo((2, "admin-li", true)), "the signed-in administrator is recorded as the publisher");
        await WorkbenchSite.AssertAccessibleAsync(page);
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_refuse_to_publish_a_draft_changed_since_it_was_checked()
    {
        var page = await _site.SignedInAsync("admin-zhou", [], ["administrator"]);
        await page.GotoAsync("/workbench/admin/draft?start=current");
        await page.GetByRole(AriaRole.Button, new() { Name = "检查草稿" }).ClickAsync();
        var before = await VersionsAsync();
        await PasteAsync(page, DefinitionEdits.WithDeadline(Category, 9, await page.GetByLabel("草稿（workflows.json 全文）").InputValueAsync()));
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await page.GetByRole(AriaRole.Alert).First.InnerTextAsync(), Does.Contain("检查后已被修改"));
            Assert.That(await VersionsAsync(), Has.Count.EqualTo(before.Count), "nothing was published");
            Assert.That(await page.Locator("ul.changes li").Filter(new() { HasText = Category }).InnerTextAsync(), Does.Contain("9 working days"), "the changed draft is checked again");
        });
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_draw_each_workflow_of_a_version_and_offer_its_json()
    {
        var page = await _site.SignedInAsync("admin-he", [], ["administrator"]);
        await page.GotoAsync("/workbench/admin/definitions/1");
        var workflows = JsonNode.Parse(DefinitionEdits.Real)!["workflows"]!.AsArray().Select(w => (string)w!["id"]!).ToList();

        Assert.Multiple(async () =>
        {
            Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Does.Contain("定义第 1 版"));
            Assert.That(await page.Locator("section.workflow").CountAsync(), Is.EqualTo(workflows.Count));
            foreach (var workflow in workflows)
            {
                var section = page.Locator($"section.workflow:has(#workflow-{workflow})");
                Assert.That(await section.GetByRole(AriaRole.Img).CountAsync(), Is.EqualTo(1), $"{workflow} is drawn");
                Assert.That(await section.Locator("table tbody tr").CountAsync(), Is.EqualTo(Transitions(workflow)), $"{workflow}'s transitions in words");
            }
        });
        var download = await page.APIRequest.GetAsync("/workbench/admin/definitions/1?handler=content");
        Assert.That(download.Status, Is.EqualTo(200));
        Assert.That(download.Headers["content-disposition"], Does.Contain("workflows.v1.json"));
        Assert.That(await download.TextAsync(), Is.EqualTo(DefinitionEdits.Real), "the version's text as it was published");
        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "workbench-admin-definition");
        _site.AssertNoConsoleErrors(page);
    }

    /// <summary>Puts the text in the draft's box at once, as pasting does (typing 50 KB through the keyboard takes too long on a busy machine).</summary>
    private static async Task PasteAsync(IPage page, string text) =>
        await page.GetByLabel("草稿（workflows.json 全文）").EvaluateAsync("(box, text) => { box.value = text; box.dispatchEvent(new Event('input', { bubbles: true })); }", text);

    // One row per state a transition leaves: a declaration whose "from" lists several states is one transition from each.
    private static int Transitions(string workflow) =>
        JsonNode.Parse(DefinitionEdits.Real)!["workflows"]!.AsArray().Single(w => (string)w!["id"]! == workflow)!["transitions"]!.AsArray()
            .Sum(t => t!["from"] is JsonArray from ? from.Count : 1);

    private static int CategoryIndex(string text) =>
        JsonNode.Parse(text)!["categories"]!.AsArray().Select((c, i) => ((string)c!["id"]!, i)).Single(c => c.Item1 == Category).i;

    private static string Renamed(string text)
    {
        var root = JsonNode.Parse(text)!;
        root["categories"]!.AsArray().Single(c => (string)c!["id"]! == Category)!["name"] = NewName;
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private async Task<JsonArray> VersionsAsync()
    {
        using var client = _site.Factory.CreateClient();
        return (await AdminApi.GetJsonAsync(client, "/admin/definitions/versions"))["versions"]!.AsArray();
    }
}
