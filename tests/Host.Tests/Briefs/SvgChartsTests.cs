using System.Xml.Linq;
using CaseFlow.Host.Briefs;

namespace CaseFlow.Host.Tests.Briefs;

public sealed class SvgChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Test]
    public void Bars_of_counts_tick_the_axis_at_whole_numbers_and_label_every_bar()
    {
        var chart = XDocument.Parse(SvgCharts.Bars("受理与超期", ["甲科室", "乙科室"], [("受理", [3, 7]), ("超期", [1, 0])]));

        Assert.Multiple(() =>
        {
            Assert.That(Texts(chart, "tick"), Is.EqualTo(new[] { "0", "2", "4", "6", "8" }), "7 at most: steps of 2 up to 8");
            Assert.That(Texts(chart, "value"), Is.EqualTo(new[] { "3", "1", "7", "0" }), "each bar's value, group by group");
            Assert.That(Texts(chart, "legend"), Is.EqualTo(new[] { "受理", "超期" }));
        });
    }

    [TestCase(0, new[] { "0", "1" })]
    [TestCase(1, new[] { "0", "1" })]
    [TestCase(5, new[] { "0", "1", "2", "3", "4", "5" })]
    [TestCase(37, new[] { "0", "10", "20", "30", "40" })]
    [TestCase(60, new[] { "0", "20", "40", "60" })]
    public void Lines_of_counts_tick_the_axis_at_whole_numbers(int most, string[] ticks)
    {
        var chart = XDocument.Parse(SvgCharts.Lines("每日受理", ["1", "2", "3"], [("11月", [0, most, 1])]));

        Assert.That(Texts(chart, "tick"), Is.EqualTo(ticks));
    }

    [Test]
    public void A_series_with_nothing_to_draw_is_left_out_of_the_legend_saying_why()
    {
        var chart = XDocument.Parse(SvgCharts.Bars("受理与超期", ["甲科室", "乙科室"], [("受理", [2, 1]), ("超期", [0, 0])]));

        Assert.Multiple(() =>
        {
            Assert.That(Texts(chart, "legend"), Is.EqualTo(new[] { "受理" }));
            Assert.That(Texts(chart, "empty"), Is.EqualTo(new[] { "超期：均为 0，未绘出" }));
            Assert.That(chart.Descendants(Svg + "rect").Count(r => r.Element(Svg + "title") is not null), Is.EqualTo(2), "no bars of zero height for it");
        });
    }

    [Test]
    public void Scores_keep_their_decimals()
    {
        var chart = XDocument.Parse(SvgCharts.Bars("得分", ["派出所"], [("得分", [92.5])], counts: false));

        Assert.Multiple(() =>
        {
            Assert.That(Texts(chart, "value"), Is.EqualTo(new[] { "92.5" }));
            Assert.That(Texts(chart, "tick"), Is.EqualTo(new[] { "0", "25", "50", "75", "100" }));
        });
    }

    private static List<string> Texts(XDocument chart, string kind) =>
        chart.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == kind).Select(t => t.Value).ToList();
}
