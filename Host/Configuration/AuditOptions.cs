namespace CaseFlow.Host.Configuration;

/// <summary>Audit settings (section "CaseFlow:Audit").</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Audit";

    /// <summary>Auditors allowed to see reporters' phone and ID numbers when they explicitly ask; nobody by default.</summary>
    public IReadOnlyList<string> PersonalDataAuditors { get; set; } = [];

    /// <summary>True when the named auditor may see personal data.</summary>
    public bool MaySeePersonalData(string? auditor) =>
        !string.IsNullOrWhiteSpace(auditor) && PersonalDataAuditors.Contains(auditor, StringComparer.Ordinal);
}
