using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Workbench.Cases.CasePages;

namespace CaseFlow.Host.Tests.Workbench.Cases;

/// <summary>
/// Only what the definition lets a person do is offered on the case page, and the engine refuses the rest anyway: a post forged with
/// a good antiforgery token is answered 403 with the engine's reason; a command with bad data shows the engine's error beside the
/// field and changes nothing.
/// </summary>
[TestFixture]
public sealed class When_a_person_may_not_act_on_a_case
{
    private WorkbenchSite _site = null!;
    private string _caseUrl = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _site = new WorkbenchSite();
        var clerk = await _site.SignedInAsync("lin-clerk", ["commandRoom"]);
        _caseUrl = await ReceiveAsync(clerk, "public-security-hazard", "夜间施工噪声扰民", "李四", "13900139000");
        await SendAsync(clerk, "登记");
        await SendAsync(clerk, "研判");
        await SendAsync(clerk, "派单");
        var coordinator = await _site.SignedInAsync("deputy-secretary", ["leader:deputy-secretary"]);
        await coordinator.GotoAsync(_caseUrl);
        await SendAsync(coordinator, "交办");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test]
    public async Task Should_not_offer_an_office_that_is_not_the_lead_to_sign_for()
    {
        var other = await _site.SignedInAsync("justice-office", ["office:justice-office"]);
        await other.GotoAsync(_caseUrl);

        Assert.That(await other.GetByRole(AriaRole.Button, new() { Name = "签收" }).CountAsync(), Is.Zero);
        Assert.That(await other.Locator(".case-commands").InnerTextAsync(), Does.Contain("此案件现在没有您可以办理的操作"));
        await WorkbenchSite.AssertAccessibleAsync(other);
        _site.AssertNoConsoleErrors(other);
    }

    [Test]
    public async Task Should_answer_a_forged_sign_for_403_with_the_engines_reason_and_change_nothing()
    {
        var other = await _site.SignedInAsync("justice-office-2", ["office:justice-office"]);
        await other.GotoAsync(_caseUrl);
        var events = await Timeline(other).CountAsync();
        var token = await other.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();

        var response = await other.APIRequest.PostAsync($"{_caseUrl}?handler=Command", new()
        {
            Form = FormOf(other, ("__RequestVerificationToken", token), ("trigger", "SignFor"), ("actingAs", "office:justice-office")),
            MaxRedirects = 0,
        });

        Assert.That(response.Status, Is.EqualTo(403));
        var body = await response.TextAsync();
        Assert.That(body, Does.Contain("may be sent only by").And.Contain("police-station"), "the engine's reason, naming who may");
        await other.ReloadAsync();
        Assert.That(await Timeline(other).CountAsync(), Is.EqualTo(events), "nothing recorded");
        Assert.That(await StateAsync(other), Does.Contain("已交办科室"));
    }

    [Test]
    public async Task Should_refuse_a_post_naming_a_position_the_person_does_not_hold()
    {
        var other = await _site.SignedInAsync("justice-office-3", ["office:justice-office"]);
        await other.GotoAsync(_caseUrl);
        var token = await other.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();

        var response = await other.APIRequest.PostAsync($"{_caseUrl}?handler=Command", new()
        {
            Form = FormOf(other, ("__RequestVerificationToken", token), ("trigger", "SignFor"), ("actingAs", "office:police-station")),
            MaxRedirects = 0,
        });

        Assert.That(response.Status, Is.EqualTo(403));
        Assert.That(await response.TextAsync(), Does.Contain("you do not hold the position"));
    }

    [Test]
    public async Task Should_refuse_a_post_without_the_antiforgery_token()
    {
        var other = await _site.SignedInAsync("police-station", ["office:police-station"]);
        await other.GotoAsync(_caseUrl);

        var response = await other.APIRequest.PostAsync($"{_caseUrl}?handler=Command", new()
        {
            Form = FormOf(other, ("trigger", "SignFor"), ("actingAs", "office:police-station")),
            MaxRedirects = 0,
        });

        Assert.That(response.Status, Is.EqualTo(400));
        await other.ReloadAsync();
        Assert.That(await StateAsync(other), Does.Contain("已交办科室"), "a post from elsewhere does nothing");
    }

    [Test]
    public async Task Should_show_the_engines_error_beside_the_field_when_a_return_has_no_reason()
    {
        var lead = await _site.SignedInAsync("police-station-2", ["office:police-station"]);
        await lead.GotoAsync(_caseUrl);
        var events = await Timeline(lead).CountAsync();

        var response = await lead.RunAndWaitForResponseAsync(
            () => Command(lead, "退单").GetByRole(AriaRole.Button, new() { Name = "退单" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.That(response.Status, Is.EqualTo(400));
        var reason = Command(lead, "退单").GetByLabel("理由");
        Assert.That(await reason.GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        var error = lead.Locator($"#{await reason.GetAttributeAsync("aria-describedby")}");
        Assert.That(await error.InnerTextAsync(), Does.Contain("reason is required"), "the engine's own words, beside the field");
        Assert.That(await Timeline(lead).CountAsync(), Is.EqualTo(events), "nothing recorded");
        Assert.That(await StateAsync(lead), Does.Contain("已交办科室"));
        await WorkbenchSite.AssertAccessibleAsync(lead);
    }

    private static IFormData FormOf(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }
}
