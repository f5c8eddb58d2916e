namespace CaseFlow.Host.Briefs;

/// <summary>One section of a brief.</summary>
/// <param name="Heading">Its heading.</param>
/// <param name="Paragraphs">Its text.</param>
/// <param name="Table">Its table, if any.</param>
/// <param name="Charts">Its charts.</param>
public sealed record BriefSection(string Heading, IReadOnlyList<string> Paragraphs, BriefTable? Table, IReadOnlyList<BriefChart> Charts)
{
    /// <summary>True for the problems-and-measures section (问题与措施), whose text the command room writes before issuing.</summary>
    public bool Measures { get; init; }

    /// <summary>True while its text is still to be written in (the renderers mark it so).</summary>
    public bool ToBeFilled { get; init; }
}
