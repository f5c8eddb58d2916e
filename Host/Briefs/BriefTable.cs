namespace CaseFlow.Host.Briefs;

/// <summary>A table of a brief.</summary>
/// <param name="Headers">Column headings.</param>
/// <param name="Rows">Rows of cells, as many as the headings.</param>
/// <param name="CaseList">True when each row is one case (the rows CSV exports).</param>
public sealed record BriefTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, bool CaseList = false);
