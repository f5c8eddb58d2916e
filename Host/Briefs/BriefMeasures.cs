using CaseFlow.Engine.Input;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// The problems-and-measures text (问题与措施) the command room writes into a brief before issuing it: free text, one paragraph a
/// line, bounded as a note is (at most 4000 characters, no control characters but line breaks). It is not stored: the console's
/// form and the verbs' --measures file carry it into the brief rendered from it, so nothing is kept that was not issued.
/// </summary>
public static class BriefMeasures
{
    /// <summary>The most characters the text may have.</summary>
    public static int MaxLength => InputLimits.Of("note").MaxLength;

    /// <summary>Why the text cannot go into a brief, or null when it can (null or empty text leaves the section to be filled in).</summary>
    public static string? Problem(string? text) => InputText.Problem("measures", text, InputLimits.Of("note"));
}
