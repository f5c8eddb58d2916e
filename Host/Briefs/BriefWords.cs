using System.Globalization;
using CaseFlow.Engine.Assessment;
using CaseFlow.Host.Workbench;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// The words of a brief in its one language (Chinese by default, English when CaseFlow:Briefs:Language is en): each phrase given in
/// both where it is written and picked here, the definition's names as the console shows them (<see cref="Workbench.Names"/>: a
/// state's Chinese name from workflows.json, in English its id), and days, weeks and months as a document writes them.
/// </summary>
public sealed class BriefWords(CompiledDefinition definition, bool english)
{
    /// <summary>True when the brief is written in English.</summary>
    public bool English => english;

    /// <summary>The HTML language tag of the brief.</summary>
    public string Language => english ? "en" : "zh-CN";

    /// <summary>The definition's names (states, offices, platforms, categories) in the brief's language.</summary>
    public Names Names { get; } = new(definition, !english);

    /// <summary>The phrase in the brief's language.</summary>
    public string T(string chinese, string inEnglish) => english ? inEnglish : chinese;

    /// <summary>A day as a document writes it: 2026年11月16日, or 2026-11-16.</summary>
    public string Day(DateOnly day) => english ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{day.Year}年{day.Month}月{day.Day}日";

    /// <summary>A week (Monday to Sunday): 2026年11月16日至11月22日, or 2026-11-16 to 2026-11-22.</summary>
    public string Week(AssessmentPeriod week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var last = week.To.AddDays(-1);
        return english ? $"{Day(week.From)} to {Day(last)}"
            : last.Year == week.From.Year ? $"{Day(week.From)}至{last.Month}月{last.Day}日" : $"{Day(week.From)}至{Day(last)}";
    }

    /// <summary>A month: 2026年11月, or 2026-11.</summary>
    public string Month(AssessmentPeriod month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return english ? month.From.ToString("yyyy-MM", CultureInfo.InvariantCulture) : $"{month.From.Year}年{month.From.Month}月";
    }

    /// <summary>A count of cases: 3 件, or 3.</summary>
    public string Cases(int count) => english ? count.ToString(CultureInfo.InvariantCulture) : $"{count} 件";

    /// <summary>The list separator: 、 or a comma.</summary>
    public string Separator => english ? ", " : "、";

    /// <summary>An instant in the township's time zone, to the minute.</summary>
    public string Local(DateTimeOffset instant) => (definition.Calendar?.Local(instant) ?? instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The day of an instant in the township's time zone.</summary>
    public DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime((definition.Calendar?.Local(instant) ?? instant).DateTime);

    /// <summary>The township's time zone (UTC without a calendar).</summary>
    public string Zone => definition.Calendar?.TimeZone.Id ?? "UTC";
}
