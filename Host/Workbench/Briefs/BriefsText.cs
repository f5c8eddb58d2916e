namespace CaseFlow.Host.Workbench.Briefs;

/// <summary>The texts of the briefs' pages: BriefsText.resx in Chinese, BriefsText.en.resx in English.</summary>
public sealed class BriefsText;
