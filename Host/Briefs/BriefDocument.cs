namespace CaseFlow.Host.Briefs;

/// <summary>A brief as headed sections of text, tables and charts, rendered alike to Markdown, HTML and CSV.</summary>
/// <param name="Title">The brief's title.</param>
/// <param name="Sections">Its sections, in order.</param>
public sealed record BriefDocument(string Title, IReadOnlyList<BriefSection> Sections)
{
    /// <summary>Every chart the brief draws.</summary>
    public IEnumerable<BriefChart> Charts => Sections.SelectMany(s => s.Charts);
}
