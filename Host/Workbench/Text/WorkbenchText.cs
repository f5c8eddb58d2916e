namespace CaseFlow.Host.Workbench.Text;

/// <summary>The texts every workbench page shares (layout, sign-in, refusals): WorkbenchText.resx in Chinese, WorkbenchText.en.resx in English.</summary>
public sealed class WorkbenchText;
