using CaseFlow.Host.Identity;
using CaseFlow.Host.Tests.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench;

[TestFixture]
public sealed class When_a_person_signs_in_to_the_workbench
{
    private WorkbenchSite _site = null!;

    [OneTimeSetUp]
    public void Start() => _site = new WorkbenchSite();

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test]
    public async Task Should_send_an_anonymous_visitor_to_the_sign_in_page_and_back_after()
    {
        await _site.AccountAsync("wang-clerk", ["commandRoom"]);
        var page = await _site.NewPageAsync();
        await page.GotoAsync("/workbench/cases");

        Assert.That(page.Url, Does.Contain("/workbench/sign-in?returnUrl=%2Fworkbench%2Fcases"));
        await page.GetByLabel("用户名").FillAsync("wang-clerk");
        await page.GetByLabel("密码").FillAsync(TestSignIn.PasswordOf("wang-clerk"));
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/workbench/cases"));
    }

    [Test]
    public async Task Should_refuse_a_wrong_password_in_words_that_do_not_tell_which_part_was_wrong()
    {
        await _site.AccountAsync("li-clerk", ["commandRoom"]);
        var page = await _site.NewPageAsync();
        await page.GotoAsync("/workbench/sign-in");
        await page.GetByLabel("用户名").FillAsync("li-clerk");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.That(response.Status, Is.EqualTo(401));
        Assert.That(await page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain("用户名或密码错误"));
        Assert.That(await page.GetByLabel("用户名").InputValueAsync(), Is.EqualTo("li-clerk"), "the name typed is kept");
        Assert.That(await page.GetByRole(AriaRole.Link, new() { Name = "使用统一身份认证登录" }).CountAsync(), Is.Zero, "no provider is configured");
        await WorkbenchSite.AssertAccessibleAsync(page);
    }

    [Test]
    public async Task Should_greet_a_clerk_in_chinese_with_the_command_rooms_navigation_only()
    {
        var page = await _site.SignedInAsync("zhao-clerk", ["commandRoom"]);
        await page.GotoAsync("/workbench");

        Assert.That(await page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("zh-CN"));
        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("您好，zhao-clerk"));
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        Assert.That(await navigation.GetByRole(AriaRole.Link, new() { Name = "受理" }).CountAsync(), Is.EqualTo(1));
        Assert.That(await navigation.GetByRole(AriaRole.Link, new() { Name = "流程定义" }).CountAsync(), Is.Zero, "definitions are for administrators");
        Assert.That(await navigation.GetByRole(AriaRole.Link, new() { Name = "审计" }).CountAsync(), Is.Zero, "the audit is for auditors");
        Assert.That(await page.Locator(".positions").InnerTextAsync(), Does.Contain("四个平台综合指挥室"));
        await WorkbenchSite.AssertAccessibleAsync(page);
        await WorkbenchSite.ScreenshotAsync(page, "workbench-home");
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_switch_to_english_and_back_on_the_same_page()
    {
        var page = await _site.SignedInAsync("sun-clerk", ["commandRoom"]);
        await page.GotoAsync("/workbench");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.That(await page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("en"));
        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("Hello, sun-clerk"));
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/workbench"));
        Assert.That(await page.Locator(".positions").InnerTextAsync(), Does.Contain("command-room"), "English shows the organisation's ids");

        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("您好，sun-clerk"));
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_not_let_the_language_switch_send_anyone_off_the_workbench()
    {
        var page = await _site.NewPageAsync();
        var response = await page.APIRequest.GetAsync("/workbench/language/en?returnUrl=%2F%2Fevil.example%2F", new() { MaxRedirects = 0 });

        Assert.That(response.Status, Is.EqualTo(302));
        Assert.That(response.Headers["location"], Is.EqualTo("/workbench"));
    }

    [Test]
    public async Task Should_sign_out_and_need_signing_in_again()
    {
        var page = await _site.SignedInAsync("qian-clerk", ["commandRoom"]);
        await page.GotoAsync("/workbench");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/workbench/sign-in", StringComparison.Ordinal));

        await page.GotoAsync("/workbench");
        Assert.That(page.Url, Does.Contain("/workbench/sign-in"));
    }

    [Test]
    public async Task Should_end_the_session_of_an_account_an_administrator_disables()
    {
        var page = await _site.SignedInAsync("zhou-clerk", ["commandRoom"]);
        await page.GotoAsync("/workbench");
        Assert.That(page.Url, Does.Not.Contain("sign-in"));

        Assert.That(await _site.Factory.Services.GetRequiredService<LocalAccounts>().DisableAsync("zhou-clerk"), Is.Null);
        await page.GotoAsync("/workbench");
        Assert.That(page.Url, Does.Contain("/workbench/sign-in"));
    }

    [Test]
    public async Task Should_not_let_the_workbenchs_cookie_call_the_api()
    {
        var page = await _site.SignedInAsync("wu-clerk", ["commandRoom"]);
        var response = await page.APIRequest.GetAsync("/cases");

        Assert.That(response.Status, Is.EqualTo(401), "the API wants a bearer token: a cookie sent by a page from elsewhere must not act");
    }

    [Test]
    public async Task Should_answer_a_page_that_does_not_exist_with_a_page_not_json()
    {
        var page = await _site.SignedInAsync("zheng-clerk", ["commandRoom"]);
        var response = await page.GotoAsync("/workbench/no-such-page");

        Assert.That(response!.Status, Is.EqualTo(404));
        Assert.That(response.Headers["content-type"], Does.StartWith("text/html"));
        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Does.Contain("404"));
    }

    [Test]
    public async Task Should_write_the_pages_chinese_as_characters_not_as_numeric_references()
    {
        using var client = _site.Factory.CreateClient();
        var html = await client.GetStringAsync("/workbench/sign-in");

        Assert.That(html, Does.Contain("登录"), "the sign-in button's word, as text in the HTML source");
        Assert.That(html, Does.Not.Match("&#x[0-9A-Fa-f]{4};"), "no character written as a numeric reference");
        Assert.That(html, Does.Contain("<form"), "markup itself is still markup");
    }
}
