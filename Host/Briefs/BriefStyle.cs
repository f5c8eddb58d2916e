namespace CaseFlow.Host.Briefs;

/// <summary>
/// The stylesheet of a brief's HTML (and so of its PDF): the Chinese font stacks, a red masthead, tables that fit A4 portrait at
/// readable sizes, and a print layout — A4 portrait pages with margins, table headers repeated on each page, rows never split.
/// The console's brief pages link the same rules (briefs.css scopes them to <c>article.brief</c>).
/// </summary>
public static class BriefStyle
{
    /// <summary>The page's margins on paper (top, sides, bottom).</summary>
    public const string PageMargin = "20mm 15mm 18mm";

    /// <summary>The CSS of a standalone brief.</summary>
    public static string Css { get; } = $$"""
        @page { size: A4 portrait; margin: {{PageMargin}}; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: {{BriefFonts.Sans}}; font-size: 14px; line-height: 1.6; color: #111; margin: 2em auto; max-width: 180mm; }
        .masthead { text-align: center; border-bottom: 2px solid #c00; padding-bottom: .4em; margin-bottom: 1.2em; }
        .masthead .name { font-family: {{BriefFonts.Serif}}; color: #c00; font-size: 30px; font-weight: bold; letter-spacing: .15em; margin: 0; }
        .masthead .issue { margin: .3em 0; }
        .masthead .line { display: flex; justify-content: space-between; margin: 0; }
        h1 { font-size: 20px; text-align: center; margin: .6em 0; }
        h2 { font-size: 16px; margin: 1.2em 0 .4em; break-after: avoid; page-break-after: avoid; }
        table { border-collapse: collapse; margin: .6em 0; width: 100%; table-layout: auto; }
        thead { display: table-header-group; }
        tr, td, th, figure { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #777; padding: 3px 5px; font-size: 12px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eee; }
        .nowrap { white-space: nowrap; overflow-wrap: normal; }
        figure { margin: .8em 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 12px; color: #444; }
        .to-fill { border: 1px dashed #c00; padding: .6em; color: #a00; }
        @media print { body { margin: 0; max-width: none; font-size: 12pt; } th, td { font-size: 9.5pt; } h1 { font-size: 16pt; } h2 { font-size: 13pt; } }
        """;
}
