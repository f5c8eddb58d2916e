using CaseFlow.Host.Briefs;

namespace CaseFlow.Host.Tests.Briefs;

public class BriefRendererTests
{
    private static readonly BriefDocument Hostile = new("周报", [
        new BriefSection("超期件", ["<img src=x onerror=alert(1)> 本周超期"], new BriefTable(["编号", "标题"], [["1", "<script>alert(1)</script>"], ["2", "=HYPERLINK(\"http://evil.example\")"]], CaseList: true), []),
    ]);

    [Test]
    public void Markdown_HtmlInCasesAndParagraphs_IsShownAsText()
    {
        var markdown = BriefRenderer.Markdown(Hostile);

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Not.Contain("<script>").And.Not.Contain("<img"));
            Assert.That(markdown, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&lt;img src=x onerror=alert(1)&gt; 本周超期"));
        });
    }

    [Test]
    public void Csv_FormulaInACase_IsLedByAQuote()
    {
        var csv = BriefRenderer.Csv(Hostile);

        Assert.That(csv, Does.Contain(",\"'=HYPERLINK(\"\"http://evil.example\"\")\""));
    }
}
