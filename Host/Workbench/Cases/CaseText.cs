namespace CaseFlow.Host.Workbench.Cases;

/// <summary>The case page's texts: CaseText.resx in Chinese, CaseText.en.resx in English.</summary>
public sealed class CaseText;
