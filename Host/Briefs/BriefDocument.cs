namespace CaseFlow.Host.Briefs;

/// <summary>A brief as headed sections of text, tables and charts, rendered alike to Markdown, HTML (and from it PDF) and CSV.</summary>
/// <param name="Title">The brief's title.</param>
/// <param name="Sections">Its sections, in order.</param>
public sealed record BriefDocument(string Title, IReadOnlyList<BriefSection> Sections)
{
    /// <summary>The document's head: issuing unit, issue number and date; null for a working paper without one.</summary>
    public BriefMasthead? Masthead { get; init; }

    /// <summary>The language it is written in (an HTML language tag: zh-CN or en).</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>Every chart the brief draws.</summary>
    public IEnumerable<BriefChart> Charts => Sections.SelectMany(s => s.Charts);

    /// <summary>
    /// The brief with the text the command room wrote into its problems-and-measures section (问题与措施), one paragraph per
    /// non-blank line; blank text leaves the section marked as still to be filled in.
    /// </summary>
    public BriefDocument WithMeasures(string? text)
    {
        var paragraphs = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        return paragraphs.Count == 0
            ? this
            : this with { Sections = [.. Sections.Select(s => s.Measures ? s with { Paragraphs = paragraphs, ToBeFilled = false } : s)] };
    }
}

/// <summary>The head of a brief issued as a document: what it is, its issue, who issues it and when.</summary>
/// <param name="Name">The document's name, e.g. 联席会议简报.</param>
/// <param name="Issue">Its issue, e.g. 2026年第11期 (the month's number for a monthly brief, the ISO week's for a weekly one).</param>
/// <param name="Unit">The issuing unit: the township and its command room, from the definition.</param>
/// <param name="Date">The date it is issued (the day the histories were read, in the township).</param>
public sealed record BriefMasthead(string Name, string Issue, string Unit, string Date);
