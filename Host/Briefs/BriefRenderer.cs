using System.Net;
using System.Text;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// Renders a brief document as Markdown (charts linked), HTML (charts inline, a print stylesheet for A4 portrait; PDF is printed from
/// it) or CSV (every case listed, by section, with its id); under a list cut short each says how many more cases there are.
/// </summary>
public static class BriefRenderer
{
    /// <summary>The formats a brief comes in (pdf where the service can print one: see <see cref="BriefPdf"/>).</summary>
    public static IReadOnlyList<string> Formats { get; } = ["md", "html", "csv", "pdf"];

    /// <summary>Markdown; each chart is linked as <paramref name="chartLink"/> gives it (by default its file name, written beside).</summary>
    public static string Markdown(BriefDocument document, Func<BriefChart, string>? chartLink = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var link = chartLink ?? (c => c.Name);
        var md = new StringBuilder();
        if (document.Masthead is { } head)
        {
            md.Append("**").Append(MarkdownText(head.Name)).Append("**\n\n").Append(MarkdownText(head.Issue)).Append("\n\n")
                .Append(MarkdownText(head.Unit)).Append('　').Append(MarkdownText(head.Date)).Append("\n\n---\n\n");
        }

        md.Append("# ").Append(document.Title).Append("\n\n");
        foreach (var section in document.Sections)
        {
            md.Append("## ").Append(section.Heading).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                md.Append(section.ToBeFilled ? "> " : "").Append(MarkdownText(paragraph)).Append("\n\n");
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

    /// <summary>A standalone HTML page with the charts inline, laid out for A4 portrait when printed.</summary>
    public static string Html(BriefDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(document.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(document.Title)).Append("</title>\n")
            .Append("<style>\n").Append(BriefStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        if (document.Masthead is { } head)
        {
            html.Append("<header class=\"masthead\">\n<p class=\"name\">").Append(Encode(head.Name)).Append("</p>\n<p class=\"issue\">").Append(Encode(head.Issue))
                .Append("</p>\n<p class=\"line\"><span class=\"unit\">").Append(Encode(head.Unit)).Append("</span><span class=\"date\">").Append(Encode(head.Date)).Append("</span></p>\n</header>\n");
        }

        html.Append("<h1>").Append(Encode(document.Title)).Append("</h1>\n");
        foreach (var section in document.Sections)
        {
            html.Append(section.Measures ? "<section class=\"measures\">\n<h2>" : "<section>\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append(section.ToBeFilled ? "<p class=\"to-fill\">" : "<p>").Append(Encode(paragraph)).Append("</p>\n");
            }

            if (section.Table is { Rows.Count: > 0 } table)
            {
                html.Append("<table>\n<thead><tr>").Append(string.Concat(table.Headers.Select((h, i) => $"<th{Nowrap(table, i)}>{Encode(h)}</th>"))).Append("</tr></thead>\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>").Append(string.Concat(row.Select((c, i) => $"<td{Nowrap(table, i)}>{Encode(c)}</td>"))).Append("</tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
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

    /// <summary>
    /// CSV: one line per case listed in each section — the section's heading, the case's id, the printed columns and the columns
    /// only CSV carries (platform, grid, masked reporter) — and a line saying how many more a cut list has.
    /// </summary>
    public static string Csv(BriefDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lists = document.Sections.Where(s => s.Table is { CaseList: true }).ToList();
        var csv = new StringBuilder();
        var first = lists.FirstOrDefault()?.Table;
        IReadOnlyList<string> headers = first is null ? [] : [.. first.Headers, .. first.ExportHeaders];
        csv.Append(Engine.Export.Csv.Row(["section", "id", .. headers])).Append("\r\n");
        foreach (var section in lists)
        {
            var table = section.Table!;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var id = r < table.CaseIds.Count ? table.CaseIds[r].ToString() : "";
                IReadOnlyList<string> export = r < table.ExportRows.Count ? table.ExportRows[r] : [];
                csv.Append(Engine.Export.Csv.Row([section.Heading, id, .. table.Rows[r], .. export])).Append("\r\n");
            }

            if (table.MoreText is { } more)
            {
                csv.Append(Engine.Export.Csv.Row([section.Heading, more, .. Enumerable.Repeat("", headers.Count)])).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>A case list's number and date never wrap (the number is one word; a date broken over two lines misreads).</summary>
    private static string Nowrap(BriefTable table, int column) => table.CaseList && column < 2 ? " class=\"nowrap\"" : "";

    private static string MarkdownCell(string text) => MarkdownText(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Text as Markdown shows it and never runs it: HTML in a case's title or a reason (a script, an image's onerror) stays text.</summary>
    private static string MarkdownText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
