using Microsoft.Playwright;
using static CaseFlow.Host.Tests.Workbench.Cases.CasePages;

namespace CaseFlow.Host.Tests.Workbench.Cases;

/// <summary>
/// The whole closed loop in the browser: the command room receives a case on the form, registers, triages and dispatches it; the
/// platform's coordinating leader assigns it; the lead office signs for and completes it; the command room feeds back, records the
/// reporter's answer, rates it and calls back — each person on the case page, offered only what is theirs to do.
/// </summary>
[TestFixture]
public sealed class When_a_case_is_worked_entirely_by_clicking
{
    private WorkbenchSite _site = null!;

    [OneTimeSetUp]
    public void Start() => _site = new WorkbenchSite();

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test]
    public async Task Should_close_the_loop_with_the_right_person_at_each_step()
    {
        var clerk = await _site.SignedInAsync("chen-clerk", ["commandRoom"]);
        var caseUrl = await ReceiveAsync(clerk, "public-security-hazard", "路口路灯损坏夜间有安全隐患", "张三丰", "13800138000");
        Assert.That(await StateAsync(clerk), Does.Contain("已提交"));
        Assert.That(await clerk.Locator(".case-diagram svg[role=img]").CountAsync(), Is.EqualTo(1), "no supervision before the case is handled");

        await WorkbenchSite.AssertAccessibleAsync(clerk);
        await SendAsync(clerk, "登记");
        Assert.That(await StateAsync(clerk), Does.Contain("已登记"));
        await SendAsync(clerk, "研判");
        Assert.That(await StateAsync(clerk), Does.Contain("待分流"), "in scope: the case continues in dispatch");
        Assert.That(await Command(clerk, "派单").GetByLabel("平台").InputValueAsync(), Is.EqualTo("governance"), "the category's platform is proposed");
        await SendAsync(clerk, "派单");
        Assert.That(await StateAsync(clerk), Does.Contain("已交办平台"));
        Assert.That(await Command(clerk, "交办").CountAsync(), Is.Zero, "assignment is the platform coordinator's");

        var coordinator = await _site.SignedInAsync("deputy-secretary", ["leader:deputy-secretary"]);
        await coordinator.GotoAsync(caseUrl);
        var assign = Command(coordinator, "交办");
        var leads = await assign.GetByLabel("主办单位").Locator("option").AllInnerTextsAsync();
        var coHandlers = await assign.GetByLabel("协办单位").Locator("option").AllInnerTextsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(leads, Does.Contain("派出所").And.Contain("司法所"), "offices of the governance platform may lead");
            Assert.That(leads, Does.Not.Contain("城乡建设管理中心"), "an office of another platform may not lead");
            Assert.That(coHandlers, Does.Contain("城乡建设管理中心"), "co-handlers come from any platform");
        });
        Assert.That(await assign.GetByLabel("主办单位").InputValueAsync(), Is.EqualTo("police-station"), "the category's lead office is proposed");
        await SendAsync(coordinator, "交办", form => form.GetByLabel("备注").FillAsync("请派出所当日核实"));
        Assert.That(await StateAsync(coordinator), Does.Contain("已交办科室"));

        var office = await _site.SignedInAsync("police-station", ["office:police-station"]);
        await office.GotoAsync(caseUrl);
        Assert.That(await office.GetByText("签收期限").CountAsync(), Is.EqualTo(1), "the sign-for deadline is shown");
        await SendAsync(office, "签收");
        Assert.That(await StateAsync(office), Does.Contain("已签收，处置计时"));
        Assert.That(await office.GetByText("办理期限").CountAsync(), Is.EqualTo(1), "signing for sets the handling deadline");
        Assert.That(await office.Locator(".case-supervision").InnerTextAsync(), Does.Contain("正常"), "supervision starts on track");
        var diagrams = office.Locator(".case-diagram svg[role=img]");
        Assert.That(await diagrams.CountAsync(), Is.EqualTo(2), "the case's workflow, and supervision beside it");
        Assert.That(await diagrams.Nth(0).Locator("title").TextContentAsync(), Does.Contain("执行处置").And.Contain("● 已签收，处置计时"), "the current state marked");
        Assert.That(await diagrams.Nth(1).Locator("title").TextContentAsync(), Does.Contain("日常督办").And.Contain("● 正常"));
        await WorkbenchSite.AssertAccessibleAsync(office);
        await WorkbenchSite.ScreenshotAsync(office, "workbench-case");
        await SendAsync(office, "办结", form => form.GetByLabel("办理结果").FillAsync("已联系供电所更换路灯，夜间照明恢复"));
        Assert.That(await StateAsync(office), Does.Contain("结果已报指挥室"));
        Assert.That(await office.Locator("form.command").CountAsync(), Is.Zero, "feeding back is the command room's");

        await clerk.GotoAsync(caseUrl);
        await SendAsync(clerk, "反馈群众", form => form.GetByLabel("给群众的答复").FillAsync("您反映的路灯已修复，感谢监督。"));
        await SendAsync(clerk, "记录群众意见", form => form.GetByLabel("群众意见").SelectOptionAsync("confirmed"));
        Assert.That(await StateAsync(clerk), Does.Contain("待评价"));
        await SendAsync(clerk, "满意度评价", form => form.GetByLabel("满意度").SelectOptionAsync("satisfied"));
        Assert.That(await StateAsync(clerk), Does.Contain("已办结归档"));
        // The call is made after the closing: the form proposes the time it is shown, to the second, so let a second pass.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        await clerk.ReloadAsync();
        await SendAsync(clerk, "记录回访", async form =>
        {
            await form.GetByLabel("是否联系上报告人").SelectOptionAsync("true");
            await form.GetByLabel("满意度").SelectOptionAsync("satisfied");
        });

        var rows = Timeline(clerk);
        Assert.That(await rows.CountAsync(), Is.EqualTo(11), "received and ten commands");
        var what = await rows.Locator("td:nth-child(2)").AllInnerTextsAsync();
        Assert.That(what, Is.EqualTo(new[] { "受理", "登记", "研判", "派单", "交办", "签收", "办结", "反馈群众", "记录群众意见", "满意度评价", "记录回访" }));
        var who = await rows.Locator("td:nth-child(3)").AllInnerTextsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(who[4], Does.Contain("乡党委副书记").And.Contain("deputy-secretary"), "who assigned: position and identity");
            Assert.That(who[5], Does.Contain("派出所").And.Contain("police-station"));
            Assert.That(who[10], Does.Contain("四个平台综合指挥室").And.Contain("chen-clerk"));
        });
        Assert.That(await rows.Nth(5).Locator("td:nth-child(5) time").CountAsync(), Is.EqualTo(1), "signing for sets a deadline, shown in the timeline");
        Assert.That(await rows.Nth(6).InnerTextAsync(), Does.Contain("已联系供电所更换路灯"), "the result is among the highlights");
        Assert.That(await rows.Nth(9).Locator("td:nth-child(4)").InnerTextAsync(), Does.Contain("待评价").And.Contain("已办结归档"));
        Assert.That(await clerk.Locator(".case-facts").InnerTextAsync(), Does.Contain("回访时间"));

        _site.AssertNoConsoleErrors(clerk);
        _site.AssertNoConsoleErrors(coordinator);
        _site.AssertNoConsoleErrors(office);
    }
}
