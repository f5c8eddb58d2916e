using System.Globalization;
using System.Net;
using System.Text;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// Small hand-written SVG charts: grouped bars and lines, with axes, labels and a legend, no script and no fonts to fetch; each is an
/// image named by its title (role="img"), so a page showing it inline reads it out by name. Text is set in the Chinese font stack
/// (<see cref="BriefFonts"/>). Counts are drawn on an axis ticked at whole numbers only, every bar carries its value, and a series
/// with nothing to draw (no values, or all zero) is left out of the chart and its legend, which says so.
/// </summary>
public static class SvgCharts
{
    private static readonly double[] Steps = [1, 2, 5];
    private static readonly string[] Colours = ["#2f6db5", "#d9822b", "#3f9d5a", "#b54545"];
    private const int Width = 720;
    private const int Height = 320;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 72;
    private const int PlotHeight = Height - Top - Bottom;

    /// <summary>
    /// Grouped bars: one group per category, one bar per series with its value written above it. With <paramref name="counts"/>
    /// the values are whole numbers and the axis is ticked at whole numbers; otherwise (scores) at four round steps.
    /// </summary>
    public static string Bars(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, bool counts = true, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        var drawn = Drawn(series);
        var axis = Axis(drawn.SelectMany(s => s.Values).DefaultIfEmpty(0).Max(), counts);
        var svg = Open(title, axis, drawn.Select(s => s.Name).ToList(), Empty(series, drawn), english);
        var plotWidth = Width - Left - Right;
        var group = categories.Count == 0 ? plotWidth : (double)plotWidth / categories.Count;
        var bar = group * 0.8 / Math.Max(1, drawn.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            for (var s = 0; s < drawn.Count; s++)
            {
                var value = drawn[s].Values[c];
                var h = value / axis.Max * PlotHeight;
                var x = Left + c * group + group * 0.1 + s * bar;
                var label = Value(value, counts);
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.#}" y="{Height - Bottom - h:0.#}" width="{bar:0.#}" height="{h:0.#}" fill="{Colours[drawn[s].Index % Colours.Length]}"><title>{Escape(categories[c])} {Escape(drawn[s].Name)}: {label}</title></rect>""").Append('\n');
                svg.Append(CultureInfo.InvariantCulture, $"""<text class="value" x="{x + bar / 2:0.#}" y="{Height - Bottom - h - 3:0.#}" font-size="11" text-anchor="middle">{label}</text>""").Append('\n');
            }

            var labelX = Left + c * group + group / 2;
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{labelX:0.#}" y="{Height - Bottom + 14}" font-size="11" text-anchor="end" transform="rotate(-30 {labelX:0.#} {Height - Bottom + 14})">{Escape(categories[c])}</text>""").Append('\n');
        }

        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>Lines of counts over the same x labels, one per series, on an axis ticked at whole numbers.</summary>
    public static string Lines(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        var drawn = Drawn(series);
        var axis = Axis(drawn.SelectMany(s => s.Values).DefaultIfEmpty(0).Max(), counts: true);
        var svg = Open(title, axis, drawn.Select(s => s.Name).ToList(), Empty(series, drawn), english);
        var step = labels.Count <= 1 ? 0 : (double)(Width - Left - Right) / (labels.Count - 1);
        foreach (var (name, values, index) in drawn)
        {
            var points = values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{Left + i * step:0.#},{Height - Bottom - v / axis.Max * PlotHeight:0.#}"));
            svg.Append(CultureInfo.InvariantCulture, $"""<polyline fill="none" stroke="{Colours[index % Colours.Length]}" stroke-width="2" points="{string.Join(' ', points)}"><title>{Escape(name)}</title></polyline>""").Append('\n');
        }

        for (var i = 0; i < labels.Count; i += Math.Max(1, labels.Count / 16))
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left + i * step:0.#}" y="{Height - Bottom + 14}" font-size="11" text-anchor="middle">{Escape(labels[i])}</text>""").Append('\n');
        }

        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>The y axis: its top and its step, both whole for counts (a step of 1, 2, 5, 10, 20 … giving at most five steps).</summary>
    internal static (double Max, double Step) Axis(double max, bool counts)
    {
        if (!counts)
        {
            var top = Nice(max);
            return (top, top / 4);
        }

        var step = 1.0;
        for (var magnitude = 1.0; Math.Ceiling(max / step) > 5; magnitude *= 10)
        {
            step = Steps.Select(f => f * magnitude).FirstOrDefault(s => Math.Ceiling(max / s) <= 5, 10 * magnitude);
        }

        return (Math.Max(step, Math.Ceiling(max / step) * step), step);
    }

    private static List<(string Name, IReadOnlyList<double> Values, int Index)> Drawn(IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series) =>
        series.Select((s, i) => (s.Name, s.Values, Index: i)).Where(s => s.Values.Any(v => v != 0)).ToList();

    private static List<string> Empty(IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, List<(string Name, IReadOnlyList<double> Values, int Index)> drawn) =>
        series.Where(s => drawn.All(d => d.Name != s.Name)).Select(s => s.Name).ToList();

    private static StringBuilder Open(string title, (double Max, double Step) axis, List<string> names, List<string> empty, bool english)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{Escape(title)}" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" font-family="{BriefFonts.SvgSans}">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<title>{Escape(title)}</title>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Width / 2}" y="20" font-size="14" text-anchor="middle">{Escape(title)}</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{Height - Bottom}" x2="{Width - Right}" y2="{Height - Bottom}" stroke="#333"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{Top}" x2="{Left}" y2="{Height - Bottom}" stroke="#333"/>""").Append('\n');
        var ticks = (int)Math.Round(axis.Max / axis.Step);
        for (var tick = 0; tick <= ticks; tick++)
        {
            var value = tick * axis.Step;
            var y = Height - Bottom - value / axis.Max * PlotHeight;
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="tick" x="{Left - 6}" y="{y + 4:0.#}" font-size="11" text-anchor="end">{value:0.##}</text>""").Append('\n');
        }

        var x = Left + 8;
        for (var s = 0; s < names.Count; s++, x += 150)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="{Height - 18}" width="12" height="12" fill="{Colours[s % Colours.Length]}"/><text class="legend" x="{x + 16}" y="{Height - 8}" font-size="12">{Escape(names[s])}</text>""").Append('\n');
        }

        if (empty.Count > 0)
        {
            var note = english ? $"{string.Join(", ", empty)}: all zero, not drawn" : $"{string.Join("、", empty)}：均为 0，未绘出";
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="empty" x="{x}" y="{Height - 8}" font-size="12" fill="#555">{Escape(note)}</text>""").Append('\n');
        }

        return svg;
    }

    private static string Value(double value, bool counts) => value.ToString(counts ? "0" : "0.#", CultureInfo.InvariantCulture);

    /// <summary>A round upper bound for the y axis (at least 1).</summary>
    private static double Nice(double max)
    {
        if (max <= 1)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(v => v >= max);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
