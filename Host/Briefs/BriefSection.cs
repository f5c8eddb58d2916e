namespace CaseFlow.Host.Briefs;

/// <summary>One section of a brief.</summary>
/// <param name="Heading">Its heading.</param>
/// <param name="Paragraphs">Its text.</param>
/// <param name="Table">Its table, if any.</param>
/// <param name="Charts">Its charts.</param>
public sealed record BriefSection(string Heading, IReadOnlyList<string> Paragraphs, BriefTable? Table, IReadOnlyList<BriefChart> Charts);
