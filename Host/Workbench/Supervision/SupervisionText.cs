namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>The texts of the 督办 view and the big screen: SupervisionText.resx in Chinese, SupervisionText.en.resx in English.</summary>
public sealed class SupervisionText;
