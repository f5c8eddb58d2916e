using CaseFlow.Host.Tests.Identity;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench;

/// <summary>
/// With an OpenID Connect provider and a client id configured, the sign-in page offers the provider: the person signs in there
/// (authorization code flow with PKCE) and comes back signed in to the workbench as <c>oidc:NAME</c> with the positions the
/// provider's claims carry.
/// </summary>
[TestFixture]
public sealed class When_a_person_signs_in_to_the_workbench_at_the_provider
{
    private TestIdentityProvider _provider = null!;
    private WorkbenchSite _site = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _provider = await TestIdentityProvider.StartAsync();
        _site = new WorkbenchSite(new Dictionary<string, string?>
        {
            ["CaseFlow:Auth:Oidc:Authority"] = _provider.Issuer,
            ["CaseFlow:Auth:Oidc:Audience"] = "caseflow-api",
            ["CaseFlow:Auth:Oidc:ClientId"] = "caseflow-workbench",
            ["CaseFlow:Auth:Oidc:RequireHttpsMetadata"] = "false",
            ["CaseFlow:Auth:Oidc:PositionMap:/township/demolition"] = "office:demolition-office",
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _site.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Test]
    public async Task Should_come_back_signed_in_as_the_provider_names_the_person()
    {
        _provider.NextPerson = new Dictionary<string, object>
        {
            ["sub"] = "7f3c",
            ["preferred_username"] = "zhang.wei",
            ["caseflow_positions"] = new[] { "/township/demolition" },
        };
        var page = await _site.NewPageAsync();
        await page.GotoAsync("/workbench");
        await page.GetByRole(AriaRole.Link, new() { Name = "使用统一身份认证登录" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/workbench");

        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("您好，oidc:zhang.wei"));
        Assert.That(await page.Locator(".positions").InnerTextAsync(), Does.Contain("“三改一拆”办"), "the group the provider names is mapped to its office");
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_come_back_to_the_sign_in_page_saying_so_when_the_provider_signs_nobody_in()
    {
        _provider.NextPerson = null;
        var page = await _site.NewPageAsync();
        await page.GotoAsync("/workbench/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "使用统一身份认证登录" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("provider=failed", StringComparison.Ordinal));

        Assert.That(await page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.Contain("统一身份认证未能完成登录"));
        await page.GotoAsync("/workbench");
        Assert.That(page.Url, Does.Contain("/workbench/sign-in"), "nobody is signed in");
    }

    [Test]
    public void Should_refuse_to_start_with_a_client_id_but_no_provider()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Auth:Oidc:ClientId"] = "caseflow-workbench" });

        var error = factory.StartupRefusal();

        Assert.That(error.Message, Does.Contain("CaseFlow:Auth:Oidc:ClientId is set without CaseFlow:Auth:Oidc:Authority"));
        CaseFlowFactory.DeleteDatabase(database);
    }
}
