using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>How the weekly and monthly briefs are laid out and printed (configuration section CaseFlow:Briefs).</summary>
public sealed class BriefOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Briefs";

    /// <summary>Briefs in Chinese (the default): the document the township issues.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>Briefs in English, for a reader without Chinese (names of the definition's states and offices then read as their ids).</summary>
    public const string English = "en";

    /// <summary>Where Debian and most Linux distributions install Chromium; used for PDFs when <see cref="Chromium"/> is not set and it exists.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>The most cases a section lists; the section then says how many more there are (its counts include them all).</summary>
    [Range(1, 10_000, ErrorMessage = "CaseFlow:Briefs:MaxCasesPerSection must be between 1 and 10000, e.g. 50")]
    public int MaxCasesPerSection { get; set; } = 50;

    /// <summary>The language the briefs are written in: zh-CN (the default) or en.</summary>
    [AllowedValues(Chinese, English, ErrorMessage = "CaseFlow:Briefs:Language must be zh-CN (the default) or en")]
    public string Language { get; set; } = Chinese;

    /// <summary>
    /// The Chromium (or Chrome) executable that prints a brief to PDF, headless and offline; empty means /usr/bin/chromium when it
    /// exists. Without one, a PDF asked for is answered 501 saying how to enable it.
    /// </summary>
    [MaxLength(1024, ErrorMessage = "CaseFlow:Briefs:Chromium must be a path of at most 1024 characters, e.g. /usr/bin/chromium")]
    public string? Chromium { get; set; }

    /// <summary>The longest a PDF may take to print before Chromium is stopped and the request answered 503.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:05:00", ErrorMessage = "CaseFlow:Briefs:PdfTimeout must be between 00:00:05 and 00:05:00, e.g. 00:00:30")]
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when the briefs are written in English.</summary>
    public bool InEnglish => Language == English;

    /// <summary>The Chromium to print PDFs with: the one configured, else /usr/bin/chromium, when that file exists; null when there is none.</summary>
    public string? ChromiumPath => (string.IsNullOrWhiteSpace(Chromium) ? DefaultChromium : Chromium) is var path && File.Exists(path) ? path : null;
}
