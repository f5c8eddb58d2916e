namespace CaseFlow.Host.Briefs;

/// <summary>A table of a brief.</summary>
/// <param name="Headers">Column headings.</param>
/// <param name="Rows">Rows of cells, as many as the headings.</param>
/// <param name="CaseList">True when each row is one case (the rows CSV exports).</param>
/// <param name="More">How many more rows there are than the table lists (a case list is cut at CaseFlow:Briefs:MaxCasesPerSection).</param>
public sealed record BriefTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, bool CaseList = false, int More = 0)
{
    /// <summary>The words the brief is written in (for <see cref="MoreText"/>).</summary>
    public bool English { get; init; }

    /// <summary>For a case list, each row's case id (the console links its number to the case; CSV gives it).</summary>
    public IReadOnlyList<Guid> CaseIds { get; init; } = [];

    /// <summary>For a case list, the columns CSV exports beyond the printed ones (platform, grid, masked reporter …), headings first.</summary>
    public IReadOnlyList<string> ExportHeaders { get; init; } = [];

    /// <summary>For a case list, each row's cells under <see cref="ExportHeaders"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ExportRows { get; init; } = [];

    /// <summary>What every form of the brief says under a cut list, e.g. "… 另有 37 件未列出"; null when nothing was cut.</summary>
    public string? MoreText => More <= 0 ? null : English ? $"… and {More} more not listed" : $"… 另有 {More} 件未列出";
}
