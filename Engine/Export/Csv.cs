namespace CaseFlow.Engine.Export;

/// <summary>
/// CSV cells as every CSV the service writes makes them (RFC 4180): quoted when they hold a comma, quote or line break, and a cell
/// a spreadsheet would run as a formula — starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — is
/// led by a single quote, so that it is shown as the text it is (OWASP's rule against CSV injection).
/// </summary>
public static class Csv
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedQuotes = [',', '"', '\n', '\r'];

    /// <summary>The cell as CSV text.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0)
        {
            text = "'" + text;
        }

        return text.IndexOfAny(NeedQuotes) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>A row of cells.</summary>
    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell));
}
