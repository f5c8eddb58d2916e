using System.Text.Json;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Geography;

/// <summary>
/// A case received on the form with a point and no grid is placed by the shipped sample boundaries, and its page says where in words
/// and draws the grid's and the village's outlines with the point, inline and accessible.
/// </summary>
[TestFixture]
public sealed class When_a_case_is_received_with_a_point
{
    private WorkbenchSite _site = null!;

    [OneTimeSetUp]
    public void Start() => _site = new WorkbenchSite();

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test]
    public async Task Should_place_it_in_its_grid_and_draw_the_outline_on_the_case_page()
    {
        var (latitude, longitude) = InsideGrid("grid-4");
        var clerk = await _site.SignedInAsync("lan-clerk", ["commandRoom"]);
        await clerk.GotoAsync("/workbench/receive");
        await clerk.GetByLabel("类别").SelectOptionAsync("neighbour-dispute");
        await clerk.GetByLabel("标题").FillAsync("上武村路边堆放建筑垃圾");
        await clerk.GetByLabel("问题描述").FillAsync("群众来电反映路边堆放建筑垃圾，请核实处理。");
        await clerk.GetByLabel("来源渠道").SelectOptionAsync("hotline");
        await clerk.GetByLabel("地点", new() { Exact = true }).FillAsync("上武村桥头");
        await clerk.GetByLabel("纬度").FillAsync(latitude);
        await clerk.GetByLabel("经度").FillAsync(longitude);
        await clerk.GetByLabel("坐标系").SelectOptionAsync("GCJ-02");
        await clerk.GetByLabel("报告人姓名").FillAsync("雷先生");
        await clerk.GetByLabel("联系电话").FillAsync("13900000000");
        await clerk.GetByLabel("附加照片或文件（可多选）").SetInputFilesAsync(new FilePayload { Name = "roadside.png", MimeType = "image/png", Buffer = OnePixelPng });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Status)).ToHaveTextAsync("案件已受理。");

        var attached = clerk.Locator("section.case-attachments li");
        await Assertions.Expect(attached).ToHaveCountAsync(1);
        Assert.That(await attached.InnerTextAsync(), Does.Contain("roadside.png").And.Contain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(OnePixelPng))[..12]));
        await Assertions.Expect(attached.Locator("img")).ToHaveJSPropertyAsync("naturalWidth", 1);

        var facts = clerk.Locator("dl.facts");
        var map = clerk.GetByRole(AriaRole.Img, new() { Name = "案件位置：上武村 · 上武一网格" });
        Assert.Multiple(async () =>
        {
            Assert.That(await facts.InnerTextAsync(), Does.Contain("上武一网格").And.Contain("上武村").And.Contain("上武村桥头"));
            Assert.That(await facts.InnerTextAsync(), Does.Contain($"{latitude}, {longitude} (GCJ-02)").And.Contain("按点位自动划入网格和村"));
            Assert.That(await map.CountAsync(), Is.EqualTo(1), "the map is an image named by its title");
            Assert.That(await map.Locator("path.grid-outline").CountAsync(), Is.EqualTo(1));
            Assert.That(await map.Locator("path.village-outline").CountAsync(), Is.EqualTo(1));
            Assert.That(await map.Locator("g.case-point circle").CountAsync(), Is.EqualTo(2));
            Assert.That(await map.Locator("desc").TextContentAsync(), Does.Contain("上武一网格").And.Contain(latitude));
        });
        await WorkbenchSite.AssertAccessibleAsync(clerk);
        _site.AssertNoConsoleErrors(clerk);
    }

    [Test]
    public async Task Should_refuse_a_latitude_that_is_not_a_number_beside_its_field()
    {
        var clerk = await _site.SignedInAsync("zhong-clerk", ["commandRoom"]);
        await clerk.GotoAsync("/workbench/receive");
        await clerk.GetByLabel("类别").SelectOptionAsync("neighbour-dispute");
        await clerk.GetByLabel("问题描述").FillAsync("群众来电反映。");
        await clerk.GetByLabel("来源渠道").SelectOptionAsync("hotline");
        await clerk.GetByLabel("纬度").FillAsync("北纬28度");
        await clerk.GetByLabel("经度").FillAsync("119.45");

        var response = await clerk.RunAndWaitForResponseAsync(
            () => clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.That(response.Status, Is.EqualTo(400));
        var described = await clerk.GetByLabel("纬度").GetAttributeAsync("aria-describedby");
        var error = await clerk.Locator($"[id='{described!.Split(' ').Last()}']").InnerTextAsync();
        Assert.That(error, Does.Contain("point.latitude must be decimal degrees"));
        Assert.That(await clerk.GetByLabel("纬度").InputValueAsync(), Is.EqualTo("北纬28度"), "what was typed is kept");
    }

    /// <summary>A valid 1×1 PNG, so that its thumbnail on the case page is drawn from the bytes served.</summary>
    private static readonly byte[] OnePixelPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A point inside the grid's outline as workflows.json writes it: the mean of its corners (the sample grids are convex enough).</summary>
    private static (string Latitude, string Longitude) InsideGrid(string id)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(CaseFlowFactory.DefinitionPath()));
        var ring = document.RootElement.GetProperty("organisation").GetProperty("grids").EnumerateArray()
            .Single(g => g.GetProperty("id").GetString() == id).GetProperty("boundary").GetProperty("coordinates")[0]
            .EnumerateArray().Skip(1).Select(p => (Longitude: p[0].GetDouble(), Latitude: p[1].GetDouble())).ToList();
        return (Math.Round(ring.Average(p => p.Latitude), 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Math.Round(ring.Average(p => p.Longitude), 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
