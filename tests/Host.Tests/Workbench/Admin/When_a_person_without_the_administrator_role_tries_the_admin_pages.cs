using CaseFlow.Host.Tests.Admin;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Admin;

/// <summary>A command-room clerk opens every administrators' page and forges posts to publish and to migrate: each is refused, and nothing changes.</summary>
[TestFixture]
public sealed class When_a_person_without_the_administrator_role_tries_the_admin_pages
{
    private WorkbenchSite _site = null!;
    private IPage _page = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _site = new WorkbenchSite();
        _page = await _site.SignedInAsync("chen-clerk", ["commandRoom"]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [TestCase("/workbench/admin/definitions")]
    [TestCase("/workbench/admin/definitions/1")]
    [TestCase("/workbench/admin/definitions/1?handler=content")]
    [TestCase("/workbench/admin/draft")]
    [TestCase("/workbench/admin/migrations")]
    public async Task Should_show_the_denied_page(string path)
    {
        var response = await _page.GotoAsync(path);

        Assert.That(response!.Status, Is.EqualTo(403));
        Assert.That(new Uri(_page.Url).AbsolutePath, Is.EqualTo("/workbench/denied"));
        Assert.That(await _page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.Not.Empty);
        await WorkbenchSite.AssertAccessibleAsync(_page);
    }

    [Test]
    public async Task Should_answer_a_forged_publish_with_403_and_publish_nothing()
    {
        var response = await _page.APIRequest.PostAsync("/workbench/admin/draft?handler=Publish", new()
        {
            Multipart = (await FormAsync())
                .Set("Text", DefinitionEdits.WithDeadline("neighbour-dispute", 12))
                .Set("CheckedHash", "forged"),
        });

        Assert.That(response.Status, Is.EqualTo(403));
        using var client = _site.Factory.CreateClient();
        Assert.That(await AdminApi.CurrentVersionAsync(client), Is.EqualTo(1), "nothing was published");
    }

    [Test]
    public async Task Should_answer_a_forged_migration_with_403()
    {
        var response = await _page.APIRequest.PostAsync("/workbench/admin/migrations?handler=Apply", new()
        {
            Multipart = (await FormAsync()).Set("FromVersion", "1").Set("ToVersion", "1"),
        });

        Assert.That(response.Status, Is.EqualTo(403));
    }

    /// <summary>A form carrying the clerk's own antiforgery token (from the sign-out form every page has), as a forger in their session would.</summary>
    private async Task<IFormData> FormAsync()
    {
        await _page.GotoAsync("/workbench");
        var token = await _page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        Assert.That(token, Is.Not.Empty);
        return _page.APIRequest.CreateFormData().Set("__RequestVerificationToken", token);
    }
}
