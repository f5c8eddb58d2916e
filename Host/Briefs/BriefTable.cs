namespace CaseFlow.Host.Briefs;

/// <summary>A table of a brief.</summary>
/// <param name="Headers">Column headings.</param>
/// <param name="Rows">Rows of cells, as many as the headings.</param>
/// <param name="CaseList">True when each row is one case (the rows CSV exports).</param>
/// <param name="More">How many more rows there are than the table lists (a case list is cut at CaseFlow:Briefs:MaxCasesPerSection).</param>
public sealed record BriefTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, bool CaseList = false, int More = 0)
{
    /// <summary>What every form of the brief says under a cut list, e.g. "… 另有 37 件未列出 and 37 more"; null when nothing was cut.</summary>
    public string? MoreText => More > 0 ? $"… 另有 {More} 件未列出 and {More} more" : null;
}
