using CaseFlow.Host.Workbench.Text;
using Microsoft.Extensions.Localization;

namespace CaseFlow.Host.Workbench;

/// <summary>Texts read by id from the definition: a trigger's label in the page's language, or its id when none is written.</summary>
public static class Texts
{
    /// <summary>The label of a trigger (签收 for SignFor).</summary>
    public static string Trigger(this IStringLocalizer<TriggerText> texts, string trigger)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var text = texts[trigger];
        return text.ResourceNotFound ? trigger : text.Value;
    }
}
