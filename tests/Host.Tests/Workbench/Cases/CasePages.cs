using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Cases;

/// <summary>What a person does on the receive form and a case page, as they would with a mouse and keyboard.</summary>
internal static class CasePages
{
    /// <summary>The form of a command on the case page, found by its heading (the command's label).</summary>
    public static ILocator Command(IPage page, string label) => page.GetByRole(AriaRole.Form, new() { Name = label, Exact = true });

    /// <summary>
    /// Fills in a command's form (if asked) and clicks its button; fails with the page's refusal unless the command was accepted and the
    /// page came back (after the redirect) confirming it.
    /// </summary>
    public static async Task SendAsync(IPage page, string label, Func<ILocator, Task>? fill = null)
    {
        var form = Command(page, label);
        Assert.That(await form.CountAsync(), Is.EqualTo(1), $"the case page offers '{label}' once ({page.Url})");
        if (fill is not null)
        {
            await fill(form);
        }

        var response = await page.RunAndWaitForResponseAsync(
            () => form.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST");
        if (response.Status != 302)
        {
            await page.WaitForLoadStateAsync();
            var alerts = await page.GetByRole(AriaRole.Alert).AllInnerTextsAsync();
            Assert.Fail($"'{label}' was answered {response.Status}: {(alerts.Count > 0 ? string.Join(" / ", alerts) : "(no refusal shown)")}");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已完成：{label}。");
    }

    /// <summary>The state the case page's heading names.</summary>
    public static Task<string> StateAsync(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 }).Locator(".badge").InnerTextAsync();

    /// <summary>The rows of the case's timeline.</summary>
    public static ILocator Timeline(IPage page) => page.Locator("table.timeline tbody tr");

    /// <summary>Receives a case on the receive form as the signed-in clerk and returns the new case's page address.</summary>
    public static async Task<string> ReceiveAsync(IPage page, string category, string title, string reporterName, string phone)
    {
        await page.GotoAsync("/workbench/receive");
        await page.GetByLabel("类别").SelectOptionAsync(category);
        await page.GetByLabel("标题").FillAsync(title);
        await page.GetByLabel("问题描述").FillAsync($"{title}：群众来电反映，请尽快核实处理。");
        await page.GetByLabel("来源渠道").SelectOptionAsync("hotline");
        await page.GetByLabel("地点", new() { Exact = true }).FillAsync("雾溪村村委会东侧路口");
        await page.GetByLabel("村", new() { Exact = true }).SelectOptionAsync("village-1");
        await page.GetByLabel("网格", new() { Exact = true }).SelectOptionAsync("grid-1");
        await page.GetByLabel("报告人姓名").FillAsync(reporterName);
        await page.GetByLabel("联系电话").FillAsync(phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("案件已受理。");
        return new Uri(page.Url).AbsolutePath;
    }
}
