namespace CaseFlow.Host.Workbench.Text;

/// <summary>
/// What a person reads for each trigger of the definition (the button 签收 for SignFor …): TriggerText.resx in Chinese,
/// TriggerText.en.resx in English, keyed by the trigger's id; a trigger without one is shown by its id.
/// </summary>
public sealed class TriggerText;
