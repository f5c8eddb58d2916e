using System.Globalization;
using System.Text;

namespace CaseFlow.Engine.Input;

/// <summary>The table of <see cref="InputLimits"/> as the integrators' page (docs/integrators.md) carries it, between its markers, so that the documentation cannot drift from the code.</summary>
public static class InputLimitTable
{
    /// <summary>The marker before the table in docs/integrators.md.</summary>
    public const string Begin = "<!-- input-limits:begin (generated from Engine/Domain/Input/InputLimits.cs; a test keeps it equal) -->";

    /// <summary>The marker after the table in docs/integrators.md.</summary>
    public const string End = "<!-- input-limits:end -->";

    /// <summary>The table in Markdown: one row per field, then the list and date bounds.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| field | at most | characters | what it is |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var limit in InputLimits.Fields)
        {
            var names = string.Join(", ", limit.Aliases.Prepend(limit.Field).Select(n => $"`{n}`"));
            var kind = limit.Kind == TextKind.Identifier ? "identifier" : "free text";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {names} | {limit.MaxLength} | {kind} | {limit.Meaning} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| `coHandlers` (count) | {InputLimits.MaxCoHandlers} items | — | the co-handling offices one assignment names |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| `attachments` (count) | {InputLimits.MaxAttachments} items | — | the attachments one command records |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| an uploaded file (`POST /attachments`) | {InputLimits.DefaultAttachmentBytes / (1024 * 1024)} MiB by default (`CaseFlow:Limits:AttachmentBytes`) | — | one photo or document, of a type read from its bytes |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| dates (`deadline`, `calledAt`, periods, `asOf`, `at`) | years {InputLimits.Earliest.Year}–{InputLimits.Latest.Year - 1} | — | any date or instant given |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| periods exported or listed whole (`/audit/export`, `/audit/disclosures`, `/assessment/indicators`) | {InputLimits.MaxPeriodDays} days | — | from `from` to `to` |");
        return text.ToString();
    }
}
