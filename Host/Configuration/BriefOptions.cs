using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>How the weekly and monthly briefs are laid out (configuration section CaseFlow:Briefs).</summary>
public sealed class BriefOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Briefs";

    /// <summary>The most cases a section lists; the section then says how many more there are (its counts include them all).</summary>
    [Range(1, 10_000, ErrorMessage = "CaseFlow:Briefs:MaxCasesPerSection must be between 1 and 10000, e.g. 50")]
    public int MaxCasesPerSection { get; set; } = 50;
}
