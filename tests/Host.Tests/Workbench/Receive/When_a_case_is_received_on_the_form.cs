using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Receive;

/// <summary>
/// The command room's receive form: categories grouped by platform with their jurisdiction, the engine's field problems beside their
/// fields with what was typed kept, one case however often the form is sent, the reporter masked once received, and nobody but a
/// position the definition lets submit may receive a case.
/// </summary>
[TestFixture]
public sealed class When_a_case_is_received_on_the_form
{
    private WorkbenchSite _site = null!;

    [OneTimeSetUp]
    public void Start() => _site = new WorkbenchSite();

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test]
    public async Task Should_offer_categories_by_platform_with_their_jurisdiction()
    {
        var clerk = await _site.SignedInAsync("he-clerk", ["commandRoom"]);
        await clerk.GotoAsync("/workbench/receive");

        var governance = clerk.Locator("optgroup[label='综治工作平台']");
        Assert.That(await governance.Locator("option").AllInnerTextsAsync(), Has.Some.StartsWith("治安隐患 · 乡域管辖"));
        Assert.That(await clerk.Locator("optgroup[label='综合执法平台'] option").CountAsync(), Is.GreaterThan(0));
        Assert.That(await clerk.GetByLabel("网格", new() { Exact = true }).Locator("optgroup[label='雾溪村'] option").AllInnerTextsAsync(), Does.Contain("雾溪一网格"));
        await WorkbenchSite.AssertAccessibleAsync(clerk);
        await WorkbenchSite.ScreenshotAsync(clerk, "workbench-receive");
        _site.AssertNoConsoleErrors(clerk);
    }

    [Test]
    public async Task Should_show_the_engines_problems_beside_their_fields_and_keep_what_was_typed()
    {
        var clerk = await _site.SignedInAsync("xu-clerk", ["commandRoom"]);
        await clerk.GotoAsync("/workbench/receive");
        var key = await clerk.Locator("input[name=clientKey]").InputValueAsync();
        await clerk.GetByLabel("类别").SelectOptionAsync("neighbour-dispute");
        await clerk.GetByLabel("标题").FillAsync("邻居占用公共楼道堆放杂物");
        await clerk.GetByLabel("来源渠道").SelectOptionAsync("hotline");

        var response = await clerk.RunAndWaitForResponseAsync(
            () => clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.Multiple(async () =>
        {
            Assert.That(await ErrorBeside(clerk, "问题描述"), Does.Contain("description is required"));
            Assert.That(await ErrorBeside(clerk, "报告人姓名"), Does.Contain("reporter is required for channel 'hotline'"));
            Assert.That(await clerk.GetByLabel("标题").InputValueAsync(), Is.EqualTo("邻居占用公共楼道堆放杂物"), "what was typed is kept");
            Assert.That(await clerk.GetByLabel("类别").InputValueAsync(), Is.EqualTo("neighbour-dispute"));
            Assert.That(await clerk.Locator("input[name=clientKey]").InputValueAsync(), Is.EqualTo(key), "the same submission keeps its key");
        });
        await WorkbenchSite.AssertAccessibleAsync(clerk);

        await clerk.GetByLabel("问题描述").FillAsync("楼道堆满杂物，老人出行不便，存在消防隐患。");
        await clerk.GetByLabel("报告人姓名").FillAsync("王五");
        await clerk.GetByLabel("联系电话").FillAsync("13700137000");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();

        await Assertions.Expect(clerk.GetByRole(AriaRole.Status)).ToHaveTextAsync("案件已受理。");
        Assert.That(clerk.Url, Does.Match("/workbench/cases/[0-9a-f-]{36}\\?received=true$"));
        var facts = await clerk.Locator(".case-facts").InnerTextAsync();
        Assert.That(facts, Does.Contain("王*").And.Contain("137****7000"), "the reporter is shown masked");
        Assert.That(await clerk.ContentAsync(), Does.Not.Contain("13700137000").And.Not.Contain("王五"), "nor anywhere in the page in clear");
        Assert.That(await clerk.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Does.Contain("邻居占用公共楼道堆放杂物"));
    }

    [Test]
    public async Task Should_make_one_case_when_the_same_form_is_sent_twice()
    {
        var clerk = await _site.SignedInAsync("gao-clerk", ["commandRoom"]);
        await clerk.GotoAsync("/workbench/receive");
        var token = await clerk.Locator("form.receive input[name=__RequestVerificationToken]").InputValueAsync();
        var key = await clerk.Locator("input[name=clientKey]").InputValueAsync();
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["clientKey"] = key, ["category"] = "petition", ["description"] = "反映村道扬尘问题",
            ["channel"] = "visit", ["priority"] = "normal", ["reporter.name"] = "赵六", ["actingAs"] = "commandRoom:command-room",
        };

        var first = await PostAsync(clerk, form);
        var second = await PostAsync(clerk, form);

        Assert.That(first.Status, Is.EqualTo(302));
        Assert.That(second.Status, Is.EqualTo(302));
        Assert.That(second.Headers["location"], Is.EqualTo(first.Headers["location"]), "the resend answers with the case the key made");
    }

    [Test]
    public async Task Should_not_let_an_office_receive_a_case_even_by_a_forged_post()
    {
        var office = await _site.SignedInAsync("petition-office", ["office:petition-office"]);
        var page = await office.GotoAsync("/workbench/receive");

        Assert.That(page!.Status, Is.EqualTo(403));
        Assert.That(await office.Locator("form.receive").CountAsync(), Is.Zero, "no form is offered");
        Assert.That(await office.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "受理" }).CountAsync(), Is.Zero);

        var token = await office.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var response = await PostAsync(office, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["clientKey"] = "forged-1", ["category"] = "petition", ["description"] = "伪造的提交",
            ["channel"] = "inspection", ["actingAs"] = "office:petition-office",
        });

        Assert.That(response.Status, Is.EqualTo(403));
        Assert.That(await response.TextAsync(), Does.Contain("a case may be submitted only by"), "the engine's reason");
    }

    private static async Task<string> ErrorBeside(IPage page, string label)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        Assert.That(await field.GetAttributeAsync("aria-invalid"), Is.EqualTo("true"), $"{label} is marked invalid");
        var described = (await field.GetAttributeAsync("aria-describedby"))!.Split(' ').Last();
        return await page.Locator($"#{described.Replace(".", "\\.", StringComparison.Ordinal)}").InnerTextAsync();
    }

    private static Task<IAPIResponse> PostAsync(IPage page, Dictionary<string, string> fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return page.APIRequest.PostAsync("/workbench/receive", new() { Form = form, MaxRedirects = 0 });
    }
}
