using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Cases;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Reporting;

/// <summary>
/// A reporter with nothing but the link from their receipt follows their case in Chromium on a phone-sized screen, while the township
/// works it through the API, then confirms the result and rates it with the page's own forms.
/// </summary>
[TestFixture]
public sealed class When_a_reporter_follows_their_case_on_a_phone
{
    private WorkbenchSite _site = null!;
    private HttpClient _api = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _site = new WorkbenchSite();
        _api = _site.Factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _api.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<(Guid Case, string Link)> SubmitAsync(string key)
    {
        var response = await _api.PostAsJsonAsync("/cases", new
        {
            clientKey = key,
            actor = "command-room",
            category = "illegal-construction",
            title = "村口违建",
            description = "村口新建铁皮棚",
            channel = "hotline",
            reporter = new { name = "蓝秀英", phone = "13812345678" },
        });
        var id = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        return (id, new Uri(_site.Factory.Services.GetRequiredService<CaseService>().ReporterLinks.Link(id)).PathAndQuery);
    }

    private async Task<IPage> PhoneAsync()
    {
        var page = await _site.NewPageAsync();
        await page.SetViewportSizeAsync(360, 740);
        return page;
    }

    private static ILocator Form(IPage page, string heading) => page.GetByRole(AriaRole.Form, new() { Name = heading, Exact = true });

    private static async Task SubmitFormAsync(IPage page, string heading, string choice, string comment)
    {
        var form = Form(page, heading);
        await form.GetByLabel(choice, new() { Exact = true }).CheckAsync();
        await form.GetByLabel("备注（选填）").FillAsync(comment);
        var answer = await page.RunAndWaitForResponseAsync(() => form.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync(), r => r.Request.Method == "POST");
        if (answer.Status != 302)
        {
            Assert.Fail($"'{heading}' was answered {answer.Status}: {string.Join(" / ", await page.GetByRole(AriaRole.Alert).AllInnerTextsAsync())}");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已收到您的");
    }

    [Test]
    public async Task Should_follow_the_case_from_the_link_and_confirm_and_rate_it_with_the_pages_forms()
    {
        var (id, link) = await SubmitAsync("reporter-walk-1");
        var page = await PhoneAsync();

        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("事项办理进度");
        await Assertions.Expect(page.Locator(".facts strong")).ToHaveTextAsync("已提交");
        await Assertions.Expect(page.Locator("li[aria-current=step] .step")).ToHaveTextAsync("受理");
        Assert.That(await page.GetByRole(AriaRole.Form).CountAsync(), Is.Zero, "nothing for the reporter to do yet");

        await CaseApi.AcceptAsync(_api, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_api, id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_api, id, "Dispatch", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_api, id, "Assign", new { actor = "armed-forces-head" });
        await CaseApi.AcceptAsync(_api, id, "SignFor", new { actor = "demolition-office" });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("li[aria-current=step] .step")).ToHaveTextAsync("执行处置");
        await Assertions.Expect(page.Locator(".standing")).ToHaveTextAsync("办理中，未超期");

        await CaseApi.AcceptAsync(_api, id, "Complete", new { actor = "demolition-office", result = "违建已拆除，现场已清理" });
        await CaseApi.AcceptAsync(_api, id, "FeedBack", new { actor = "command-room", note = "已拆除，请确认" });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".result")).ToHaveTextAsync("违建已拆除，现场已清理");
        await WorkbenchSite.AssertAccessibleAsync(page);

        await SubmitFormAsync(page, "记录群众意见", "确认办结", "拆得很干净");
        await SubmitFormAsync(page, "满意度评价", "满意", "谢谢");

        var view = await CaseApi.GetAsync(_api, id);
        Assert.Multiple(() =>
        {
            Assert.That(CaseApi.Position(view), Is.EqualTo("assess.Closed"));
            Assert.That(view["case"]?["rating"]?.GetValue<string>(), Is.EqualTo("satisfied"), "the rating recorded on the case");
        });
        await Assertions.Expect(page.Locator(".rating")).ToHaveTextAsync("满意");
        await Assertions.Expect(page.Locator(".facts strong")).ToHaveTextAsync("已办结归档");
        Assert.That(await page.GetByRole(AriaRole.Form).CountAsync(), Is.Zero, "nothing left to do");
        Assert.That(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), Is.True, "nothing wider than a phone's screen");
        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "reporter-closed-phone");
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_say_plainly_that_a_wrong_link_is_not_valid()
    {
        var (id, _) = await SubmitAsync("reporter-walk-2");
        var page = await PhoneAsync();

        var response = await page.GotoAsync($"/reporter/{id}?code=AAAAAAAAAAAAAAAAAAAAAA");

        Assert.That(response!.Status, Is.EqualTo(403));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("链接无效");
        await WorkbenchSite.AssertAccessibleAsync(page);
    }
}
