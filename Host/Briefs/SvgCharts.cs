using System.Globalization;
using System.Net;
using System.Text;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// Small hand-written SVG charts: grouped bars and lines, with axes, labels and a legend, no script and no fonts to fetch; each is an
/// image named by its title (role="img"), so a page showing it inline reads it out by name.
/// </summary>
public static class SvgCharts
{
    private static readonly string[] Colours = ["#2f6db5", "#d9822b", "#3f9d5a", "#b54545"];
    private const int Width = 720;
    private const int Height = 320;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 72;

    /// <summary>Grouped bars: one group per category, one bar per series.</summary>
    public static string Bars(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        var max = Nice(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var svg = Open(title, max, series.Select(s => s.Name).ToList());
        var plotWidth = Width - Left - Right;
        var group = categories.Count == 0 ? plotWidth : (double)plotWidth / categories.Count;
        var bar = group * 0.8 / Math.Max(1, series.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                var h = value / max * (Height - Top - Bottom);
                var x = Left + c * group + group * 0.1 + s * bar;
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.#}" y="{Height - Bottom - h:0.#}" width="{bar:0.#}" height="{h:0.#}" fill="{Colours[s % Colours.Length]}"><title>{Escape(categories[c])} {Escape(series[s].Name)}: {value:0.##}</title></rect>""").Append('\n');
            }

            var labelX = Left + c * group + group / 2;
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{labelX:0.#}" y="{Height - Bottom + 14}" font-size="11" text-anchor="end" transform="rotate(-30 {labelX:0.#} {Height - Bottom + 14})">{Escape(categories[c])}</text>""").Append('\n');
        }

        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>Lines over the same x labels, one per series.</summary>
    public static string Lines(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        var max = Nice(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var svg = Open(title, max, series.Select(s => s.Name).ToList());
        var step = labels.Count <= 1 ? 0 : (double)(Width - Left - Right) / (labels.Count - 1);
        for (var s = 0; s < series.Count; s++)
        {
            var points = series[s].Values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{Left + i * step:0.#},{Height - Bottom - v / max * (Height - Top - Bottom):0.#}"));
            svg.Append(CultureInfo.InvariantCulture, $"""<polyline fill="none" stroke="{Colours[s % Colours.Length]}" stroke-width="2" points="{string.Join(' ', points)}"><title>{Escape(series[s].Name)}</title></polyline>""").Append('\n');
        }

        for (var i = 0; i < labels.Count; i += Math.Max(1, labels.Count / 16))
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left + i * step:0.#}" y="{Height - Bottom + 14}" font-size="11" text-anchor="middle">{Escape(labels[i])}</text>""").Append('\n');
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static StringBuilder Open(string title, double max, List<string> names)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{Escape(title)}" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" font-family="sans-serif">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<title>{Escape(title)}</title>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Width / 2}" y="20" font-size="14" text-anchor="middle">{Escape(title)}</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{Height - Bottom}" x2="{Width - Right}" y2="{Height - Bottom}" stroke="#333"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{Top}" x2="{Left}" y2="{Height - Bottom}" stroke="#333"/>""").Append('\n');
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = Height - Bottom - tick / 4.0 * (Height - Top - Bottom);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 6}" y="{y + 4:0.#}" font-size="11" text-anchor="end">{max * tick / 4:0.##}</text>""").Append('\n');
        }

        for (var s = 0; s < names.Count; s++)
        {
            var x = Left + 8 + s * 150;
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="{Height - 18}" width="12" height="12" fill="{Colours[s % Colours.Length]}"/><text x="{x + 16}" y="{Height - 8}" font-size="12">{Escape(names[s])}</text>""").Append('\n');
        }

        return svg;
    }

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
