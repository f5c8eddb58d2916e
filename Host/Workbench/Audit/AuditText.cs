namespace CaseFlow.Host.Workbench.Audit;

/// <summary>The texts of the auditors' pages: AuditText.resx in Chinese, AuditText.en.resx in English.</summary>
public sealed class AuditText;
