using System.Globalization;
using CaseFlow.Engine.Cases;
using CaseFlow.Host.Workbench.Text;
using CaseFlow.Workflows.Compilation;
using Microsoft.Extensions.Localization;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>
/// A page of cases as a list shows it (the partial _CaseTable): each case's names in the page's language, its deadline in China time
/// (the calendar's time zone) and the working time left or over, the next page's link.
/// </summary>
/// <param name="Caption">What the table lists.</param>
/// <param name="Cases">The page's cases.</param>
/// <param name="Total">How many cases the list holds in all, when counted.</param>
/// <param name="NextLink">The next page, or null on the last.</param>
/// <param name="FirstLink">The first page, or null when this is it.</param>
public sealed record CaseTable(string Caption, IReadOnlyList<CaseState> Cases, int? Total, string? NextLink, string? FirstLink)
{
    /// <summary>An instant in the calendar's time zone (China time), to the minute.</summary>
    public static string Local(DateTimeOffset instant, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var local = definition.Calendar?.Local(instant) ?? instant;
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>A span of working time in working days (of the calendar's working day), hours and minutes.</summary>
    public static string WorkingTime(TimeSpan span, CompiledDefinition definition, IStringLocalizer<ListsText> texts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        var day = definition.Calendar?.WorkingDayLength ?? TimeSpan.FromDays(1);
        var days = (int)(span.Ticks / day.Ticks);
        var rest = span - (day * days);
        var parts = new List<string>();
        if (days > 0)
        {
            parts.Add(texts["WorkingDays", days]);
        }

        if (rest.Hours > 0)
        {
            parts.Add(texts["WorkingHours", rest.Hours]);
        }

        if (rest.Minutes > 0 || parts.Count == 0)
        {
            parts.Add(texts["WorkingMinutes", rest.Minutes]);
        }

        return string.Join(" ", parts);
    }

    /// <summary>A to-do list's name: the trigger's label and the name of the state it is sent from (派单 · 已退单，待重新分流).</summary>
    public static string ListName(WorkList list, Names names, IStringLocalizer<TriggerText> triggers, IStringLocalizer<ListsText> texts)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(texts);
        return list.Kind == WorkListKind.ToDo
            ? $"{triggers.Trigger(list.Trigger!)} · {names.State(list.State)}"
            : texts["List_" + list.Id];
    }
}
