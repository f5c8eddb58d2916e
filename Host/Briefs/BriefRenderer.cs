using System.Net;
using System.Text;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// Renders a brief document as Markdown (charts linked), HTML (charts inline) or CSV (every case listed, by section); under a list cut
/// short each says how many more cases there are.
/// </summary>
public static class BriefRenderer
{
    /// <summary>The formats a brief comes in.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["md", "html", "csv"];

    /// <summary>Markdown; each chart is linked as <paramref name="chartLink"/> gives it (by default its file name, written beside).</summary>
    public static string Markdown(BriefDocument document, Func<BriefChart, string>? chartLink = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var link = chartLink ?? (c => c.Name);
        var md = new StringBuilder().Append("# ").Append(document.Title).Append("\n\n");
        foreach (var section in document.Sections)
        {
            md.Append("## ").Append(section.Heading).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                md.Append(MarkdownText(paragraph)).Append("\n\n");
            }

            if (section.Table is { Rows.Count: > 0 } table)
            {
                md.Append("| ").Append(string.Join(" | ", table.Headers.Select(MarkdownCell))).Append(" |\n");
                md.Append('|').Append(string.Concat(table.Headers.Select(_ => " --- |"))).Append('\n');
                foreach (var row in table.Rows)
                {
                    md.Append("| ").Append(string.Join(" | ", row.Select(MarkdownCell))).Append(" |\n");
                }

                md.Append('\n');
                if (table.MoreText is { } more)
                {
                    md.Append(MarkdownText(more)).Append("\n\n");
                }
            }

            foreach (var chart in section.Charts)
            {
                md.Append("![").Append(chart.Caption).Append("](").Append(link(chart)).Append(")\n\n");
            }
        }

        return md.ToString();
    }

    /// <summary>A standalone HTML page with the charts inline.</summary>
    public static string Html(BriefDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(document.Title)).Append("</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2em;}table{border-collapse:collapse;margin:1em 0;}th,td{border:1px solid #999;padding:4px 8px;font-size:13px;}th{background:#eee;}</style>\n")
            .Append("</head>\n<body>\n<h1>").Append(Encode(document.Title)).Append("</h1>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<section>\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
            }

            if (section.Table is { Rows.Count: > 0 } table)
            {
                html.Append("<table>\n<tr>").Append(string.Concat(table.Headers.Select(h => $"<th>{Encode(h)}</th>"))).Append("</tr>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{Encode(c)}</td>"))).Append("</tr>\n");
                }

                html.Append("</table>\n");
                if (table.MoreText is { } more)
                {
                    html.Append("<p>").Append(Encode(more)).Append("</p>\n");
                }
            }

            foreach (var chart in section.Charts)
            {
                html.Append("<figure>\n").Append(chart.Svg).Append("<figcaption>").Append(Encode(chart.Caption)).Append("</figcaption>\n</figure>\n");
            }

            html.Append("</section>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>CSV: one line per case listed in each section, the section's heading first, and a line saying how many more a cut list has.</summary>
    public static string Csv(BriefDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lists = document.Sections.Where(s => s.Table is { CaseList: true }).ToList();
        var csv = new StringBuilder();
        var headers = lists.FirstOrDefault()?.Table!.Headers ?? [];
        csv.Append(Engine.Export.Csv.Row(["section", .. headers])).Append("\r\n");
        foreach (var section in lists)
        {
            foreach (var row in section.Table!.Rows)
            {
                csv.Append(Engine.Export.Csv.Row([section.Heading, .. row])).Append("\r\n");
            }

            if (section.Table.MoreText is { } more)
            {
                csv.Append(Engine.Export.Csv.Row([section.Heading, more, .. Enumerable.Repeat("", headers.Count - 1)])).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    private static string MarkdownCell(string text) => MarkdownText(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Text as Markdown shows it and never runs it: HTML in a case's title or a reason (a script, an image's onerror) stays text.</summary>
    private static string MarkdownText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
