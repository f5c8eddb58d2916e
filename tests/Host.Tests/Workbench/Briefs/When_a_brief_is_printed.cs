using CaseFlow.Host.Tests.Http;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace CaseFlow.Host.Tests.Workbench.Briefs;

/// <summary>
/// March 2025's monthly brief and the enforcement platform's brief of its first week, with one illegal-construction case handled, as the test browser (Chromium with the CJK font
/// the test script installs) renders and prints it: no Chinese heading drawn as missing glyphs, its tables within A4 portrait's
/// printable width, a PDF; and its problems-and-measures section, which the command room alone fills in.
/// </summary>
[TestFixture]
public sealed class When_a_brief_is_printed
{
    /// <summary>A4's printable width under the brief's page margins (210 mm less 15 mm a side) in CSS pixels.</summary>
    private const double PrintableWidth = (210 - 2 * 15) / 25.4 * 96;

    /// <summary>
    /// Draws each character of the elements matched, in the element's own font stack, beside an unassigned code point (U+0378,
    /// which no font has, so it is drawn as the missing-glyph box); the characters drawn exactly as that box are tofu. Also draws
    /// the controls: two unassigned code points (tofu, so they must come out alike) and a Latin letter (never tofu).
    /// </summary>
    private const string FindTofu = """
        selector => {
            const canvas = document.createElement('canvas');
            canvas.width = 64; canvas.height = 64;
            const ctx = canvas.getContext('2d', { willReadFrequently: true });
            const draw = (ch, font) => {
                ctx.clearRect(0, 0, 64, 64);
                ctx.font = '40px ' + font; ctx.fillStyle = '#000'; ctx.textBaseline = 'top';
                ctx.fillText(ch, 4, 4);
                return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
            };
            const found = { checked: 0, tofu: [], controlAlike: true, letterIsTofu: false };
            for (const element of document.querySelectorAll(selector)) {
                const font = getComputedStyle(element).fontFamily;
                const box = draw('\u0378', font);
                found.controlAlike = found.controlAlike && draw('\u0379', font) === box && box !== draw(' ', font);
                found.letterIsTofu = found.letterIsTofu || draw('A', font) === box;
                for (const ch of element.textContent) {
                    if (ch.trim() === '') continue;
                    found.checked++;
                    if (draw(ch, font) === box) found.tofu.push(ch);
                }
            }
            return JSON.stringify(found);
        }
        """;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)));
    private WorkbenchSite _site = null!;

    [OneTimeSetUp]
    public async Task Arrange()
    {
        _site = new WorkbenchSite(time: _clock);
        using var client = _site.Factory.CreateClient();
        var id = await CaseApi.SubmitAsync(client, "printed-brief-1");
        foreach (var (command, actor) in new[] { ("Register", "command-room"), ("Triage", "command-room"), ("Dispatch", "command-room"), ("Assign", "armed-forces-head"), ("SignFor", "demolition-office") })
        {
            await CaseApi.AcceptAsync(client, id, command, new { actor });
        }

        _clock.Advance(TimeSpan.FromHours(1));
        await CaseApi.AcceptAsync(client, id, "Complete", new { actor = "demolition-office", result = "违建已拆除" });

        // A second case of the week whose title is as long as a title may be, with an unbroken web address in it: the weekly
        // brief's case list must still fit the page, which a cell that may not break inside a word would not.
        var longTitle = "村口铁皮棚违建，举报材料见 https://wuxi.example.gov.cn/" + new string('x', 155);
        Assert.That(longTitle, Has.Length.InRange(190, 200), "as long as a title may be (200)");
        var submitted = await client.PostAsJsonAsync("/cases", new
        {
            clientKey = "printed-brief-2", actor = "grid-member-1", category = "illegal-construction", title = longTitle,
            description = "村口新建铁皮棚", channel = "grid", grid = "grid-1", village = "village-1",
        });
        Assert.That((int)submitted.StatusCode, Is.EqualTo(201), await submitted.Content.ReadAsStringAsync());
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test]
    public async Task Should_draw_every_Chinese_heading_with_a_font_that_has_its_glyphs()
    {
        var page = await _site.SignedInAsync("print-reader", ["office:demolition-office"]);
        var html = await (await page.APIRequest.GetAsync("/workbench/briefs/monthly/download?month=2025-03&format=html")).TextAsync();
        await page.SetContentAsync(html);

        var found = System.Text.Json.JsonDocument.Parse(await page.EvaluateAsync<string>(FindTofu, "h1, h2, .masthead p")).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(found.GetProperty("controlAlike").GetBoolean(), Is.True, "control: code points no font has come out as the same box, so tofu is seen");
            Assert.That(found.GetProperty("letterIsTofu").GetBoolean(), Is.False, "control: a drawn glyph is told apart from the box");
            Assert.That(found.GetProperty("checked").GetInt32(), Is.GreaterThan(40), "the masthead, title and every section heading were checked");
            Assert.That(found.GetProperty("tofu").EnumerateArray().Select(c => c.GetString()), Is.Empty, "characters drawn as missing glyphs");
        });
    }

    [TestCase("/workbench/briefs/weekly/download?platform=enforcement&week=2025-03-03&format=html")]
    [TestCase("/workbench/briefs/monthly/download?month=2025-03&format=html")]
    public async Task Should_fit_its_tables_within_A4_portraits_printable_width_and_print_a_pdf(string address)
    {
        var page = await _site.SignedInAsync("print-reader", ["office:demolition-office"]);
        var html = await (await page.APIRequest.GetAsync(address)).TextAsync();
        await page.SetViewportSizeAsync((int)PrintableWidth, 1000);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetContentAsync(html);

        var widest = await page.EvaluateAsync<double>("() => Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('table')].map(t => t.getBoundingClientRect().right))");
        var tables = await page.Locator("table").CountAsync();
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true });

        Assert.Multiple(() =>
        {
            Assert.That(tables, Is.GreaterThanOrEqualTo(2), "the indicators and the offices' or platforms' table at least");
            if (address.Contains("/weekly/", StringComparison.Ordinal))
            {
                Assert.That(html, Does.Contain("https://wuxi.example.gov.cn/xxxx"), "the weekly brief lists the long-titled case");
            }

            Assert.That(widest, Is.LessThanOrEqualTo(Math.Ceiling(PrintableWidth)), "no table wider than the printed page");
            Assert.That(System.Text.Encoding.ASCII.GetString(pdf, 0, 4), Is.EqualTo("%PDF"));
        });
    }

    [Test]
    public async Task Should_download_the_brief_as_a_pdf_made_by_the_service()
    {
        var page = await _site.SignedInAsync("print-reader", ["office:demolition-office"]);
        var response = await page.APIRequest.GetAsync("/workbench/briefs/monthly/download?month=2025-03&format=pdf");

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Headers["content-type"], Is.EqualTo("application/pdf"));
        Assert.That(System.Text.Encoding.ASCII.GetString(await response.BodyAsync(), 0, 5), Is.EqualTo("%PDF-"));
    }

    [Test]
    public async Task Should_let_the_command_room_fill_in_the_problems_and_measures_and_show_them_in_the_brief()
    {
        var page = await _site.SignedInAsync("brief-issuer", ["commandRoom:command-room"]);
        await page.GotoAsync("/workbench/briefs/monthly?month=2025-03");
        Assert.That(await page.Locator("section.measures .to-fill").CountAsync(), Is.EqualTo(1), "marked as to be filled in");

        await page.GetByLabel("问题与措施（每行一段）").FillAsync("一、部分科室签收不及时。\n二、指挥室每日通报超期件。");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览简报" }).ClickAsync();

        var measures = page.Locator("article.brief section.measures");
        Assert.Multiple(async () =>
        {
            Assert.That(await measures.Locator("p").AllInnerTextsAsync(), Is.EqualTo(new[] { "一、部分科室签收不及时。", "二、指挥室每日通报超期件。" }));
            Assert.That(await measures.Locator(".to-fill").CountAsync(), Is.Zero);
            Assert.That(await page.GetByLabel("问题与措施（每行一段）").InputValueAsync(), Does.Contain("二、指挥室每日通报超期件。"), "kept in the form for the download");
        });
        await WorkbenchSite.AssertAccessibleAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载 HTML（含问题与措施）" }).ClickAsync());
        Assert.That(await File.ReadAllTextAsync(await download.PathAsync()), Does.Contain("<p>二、指挥室每日通报超期件。</p>"));
        _site.AssertNoConsoleErrors(page);
    }

    [Test]
    public async Task Should_refuse_the_problems_and_measures_to_anyone_but_the_command_room()
    {
        var page = await _site.SignedInAsync("office-clerk", ["office:demolition-office"]);
        await page.GotoAsync("/workbench/briefs/monthly?month=2025-03");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();

        var response = await page.APIRequest.PostAsync("/workbench/briefs/monthly?month=2025-03", new()
        {
            Form = page.APIRequest.CreateFormData().Set("__RequestVerificationToken", token).Set("measures", "无权填写"),
            MaxRedirects = 0,
        });

        Assert.Multiple(async () =>
        {
            Assert.That(await page.GetByLabel("问题与措施（每行一段）").CountAsync(), Is.Zero, "no form offered");
            Assert.That(response.Status, Is.EqualTo(403).Or.EqualTo(302), "refused (403, or sent to the refusal page)");
            Assert.That(await response.TextAsync(), Does.Not.Contain("无权填写"));
        });
    }
}
