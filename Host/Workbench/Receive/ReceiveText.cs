namespace CaseFlow.Host.Workbench.Receive;

/// <summary>The receive form's texts: ReceiveText.resx in Chinese, ReceiveText.en.resx in English (the vocabulary's words are the case page's, <see cref="Cases.CaseText"/>).</summary>
public sealed class ReceiveText;
