namespace CaseFlow.Host.Briefs;

/// <summary>CSV cells (RFC 4180): quoted when they hold a comma, quote or line break.</summary>
public static class Csv
{
    /// <summary>The cell as CSV text.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>A row of cells.</summary>
    public static string Row(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell));
}
