namespace CaseFlow.Host.Workbench.Admin;

/// <summary>The texts of the administrators' pages (AdminText.resx in Chinese, AdminText.en.resx in English).</summary>
public sealed class AdminText;
