using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>The reporter's links (section "CaseFlow:Reporter"): the key their codes are made with and where the links point.</summary>
public sealed class ReporterOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Reporter";

    /// <summary>
    /// The file holding the key reporter codes are made with; created on first start (mode 0600) when missing. Every instance
    /// sharing one store needs the same key. Default: reporter-link.key in CaseFlow's data folder (<c>$XDG_DATA_HOME/caseflow</c> or <c>~/.local/share/caseflow</c>).
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>Where reporter links point: the public address of the reporter's page, e.g. https://wuxi.example.gov.cn/reporter.</summary>
    [Required(ErrorMessage = "CaseFlow:Reporter:LinkBase must be the public address reporters' links point at, e.g. https://township.example/reporter")]
    [Url(ErrorMessage = "CaseFlow:Reporter:LinkBase must be an absolute http(s) address, e.g. https://township.example/reporter")]
    public string LinkBase { get; set; } = "http://127.0.0.1:5080/reporter";

    /// <summary>The key file actually used.</summary>
    public string ResolvedKeyFile => string.IsNullOrWhiteSpace(KeyFile) ? Path.Combine(SecretFiles.DefaultFolder, "reporter-link.key") : KeyFile;
}
