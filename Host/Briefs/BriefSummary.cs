using System.Globalization;
using CaseFlow.Engine.Assessment;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// The parts that make a brief a document: its masthead (issuing unit, issue number, date), its one-paragraph summary with the
/// ranking, and its problems-and-measures section for the command room to fill in.
/// </summary>
/// <remarks>
/// Issue numbers are the brief's place in its year, so the same period always has the same number: a weekly brief is numbered by
/// the ISO 8601 week of its Monday (2026-11-16 is in week 47: 第47期, of the ISO week's year), a monthly brief by its month
/// (November: 第11期). The date issued is the day the histories were read (asOf) in the township. Offices in a weekly brief are
/// ranked by <see cref="RankOffices"/>.
/// </remarks>
public static class BriefSummary
{
    /// <summary>The issuing unit: the township's name and the command room's, from the definition (云和县雾溪畲族乡四个平台综合指挥室).</summary>
    public static string Unit(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var organisation = definition.Definition.Organisation;
        return (organisation.Township?.Name ?? "") + organisation.CommandRoom.Name;
    }

    /// <summary>The weekly brief's issue: the ISO 8601 week of its Monday, in that week's year.</summary>
    public static (int Year, int Number) WeeklyIssue(AssessmentPeriod week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var monday = week.From.ToDateTime(TimeOnly.MinValue);
        return (ISOWeek.GetYear(monday), ISOWeek.GetWeekOfYear(monday));
    }

    /// <summary>The monthly brief's issue: its month.</summary>
    public static (int Year, int Number) MonthlyIssue(AssessmentPeriod month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return (month.From.Year, month.From.Month);
    }

    /// <summary>A masthead for the brief named <paramref name="name"/>, of the issue given, issued the day the histories were read.</summary>
    internal static BriefMasthead Masthead(string name, (int Year, int Number) issue, DateTimeOffset asOf, CompiledDefinition definition, BriefWords words) =>
        new(name, words.T($"{issue.Year}年第{issue.Number}期", $"{issue.Year}, No. {issue.Number}"), Unit(definition), words.Day(words.LocalDay(asOf)));

    /// <summary>
    /// The offices of a weekly brief, ranked: by on-time completion rate (按期办结率), highest first, an office with no handled case
    /// to rate after every rated one; then by fewer overdue cases; then by more cases received. Offices equal on all three share a
    /// place and the next place is skipped (1, 1, 3); within a place they keep the definition's order.
    /// </summary>
    public static IReadOnlyList<(int Rank, IndicatorRow Office)> RankOffices(IReadOnlyList<IndicatorRow> offices)
    {
        ArgumentNullException.ThrowIfNull(offices);
        var ordered = offices.Select((o, i) => (Office: o, Order: i))
            .OrderBy(o => o.Office.Indicators.OnTimeRate is null)
            .ThenByDescending(o => o.Office.Indicators.OnTimeRate ?? 0)
            .ThenBy(o => o.Office.Indicators.Overdue)
            .ThenByDescending(o => o.Office.Indicators.Received)
            .ThenBy(o => o.Order)
            .Select(o => o.Office)
            .ToList();
        var ranked = new List<(int, IndicatorRow)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var same = i > 0 && Key(ordered[i]) == Key(ordered[i - 1]);
            ranked.Add((same ? ranked[i - 1].Item1 : i + 1, ordered[i]));
        }

        return ranked;
    }

    /// <summary>The weekly brief's summary paragraph, the offices' ranking in it.</summary>
    internal static string Weekly(WeeklyBrief brief, BriefWords words)
    {
        var s = brief.Indicators;
        var platform = words.Names.Platform(brief.Platform.Id);
        var ranking = RankOffices(brief.Offices);
        var still = brief.StillOverdue.Count;
        return words.English
            ? $"In the week {words.Week(brief.Week)}, {platform} received {s.Received} case(s): resolution rate {IndicatorText.Percent(s.ResolutionRate)}, "
              + $"on-time completion {IndicatorText.Percent(s.OnTimeRate)}, response rate {IndicatorText.Percent(s.ResponseRate)}, satisfaction {IndicatorText.Percent(s.SatisfactionRate)}. "
              + $"{brief.Overdue.Count} went past a handling deadline, {brief.SignForLate.Count} were signed for late, {brief.NeedsAnotherPlatform.Count} needed another platform, "
              + $"{brief.CallbacksLate.Count} callback(s) were late{(still > 0 ? $"; {still} case(s) received earlier are still overdue" : "")}. "
              + (ranking.Count == 0 ? "No case was assigned to an office." : "Offices by on-time completion: " + string.Join(", ", ranking.Select(r => $"{r.Rank}. {words.Names.Office(r.Office.Key)} ({IndicatorText.Percent(r.Office.Indicators.OnTimeRate)})")) + ".")
            : $"{words.Week(brief.Week)}，{platform}共受理案件 {s.Received} 件，办结率 {IndicatorText.Percent(s.ResolutionRate)}，按期办结率 {IndicatorText.Percent(s.OnTimeRate)}，"
              + $"签收及时率 {IndicatorText.Percent(s.ResponseRate)}，满意率 {IndicatorText.Percent(s.SatisfactionRate)}。超期 {brief.Overdue.Count} 件，签收超时 {brief.SignForLate.Count} 件，"
              + $"需其他平台协同 {brief.NeedsAnotherPlatform.Count} 件，回访超时 {brief.CallbacksLate.Count} 件{(still > 0 ? $"；另有此前受理、至今仍超期的案件 {still} 件" : "")}。"
              + (ranking.Count == 0 ? "本期没有案件分派到科室。" : "各科室按期办结率排名：" + string.Join("、", ranking.Select(r => $"第{r.Rank}名 {words.Names.Office(r.Office.Key)}（{IndicatorText.Percent(r.Office.Indicators.OnTimeRate)}）")) + "。");
    }

    /// <summary>The monthly brief's summary paragraph, the dispatched agencies' territorial ranking (属地考评) over the month in it.</summary>
    internal static string Monthly(MonthlyBrief brief, BriefWords words)
    {
        var s = brief.Indicators;
        var ranked = brief.Territorial.Where(r => r.Rank is not null && r.Score is not null).OrderBy(r => r.Rank).ToList();
        return words.English
            ? $"In {words.Month(brief.Month)} the township received {s.Received} case(s) ({brief.PreviousIndicators.Received} the month before): resolution rate {IndicatorText.Percent(s.ResolutionRate)}, "
              + $"on-time completion {IndicatorText.Percent(s.OnTimeRate)}, response rate {IndicatorText.Percent(s.ResponseRate)}, satisfaction {IndicatorText.Percent(s.SatisfactionRate)}. "
              + $"{brief.Overdue.Count} went past a handling deadline, {brief.SignForLate.Count} were signed for late, {brief.CrossPlatform.Count} needed several platforms, "
              + $"{brief.EscalatedToCounty.Count} were escalated to the county, {brief.ReachedDeputySecretary.Count} reached the deputy secretary, {brief.CallbacksLate.Count} callback(s) were late. "
              + (ranked.Count == 0 ? "No dispatched agency had a case to score this month, so there is no territorial ranking." : "Territorial assessment of the dispatched agencies: " + string.Join(", ", ranked.Select(r => $"{r.Rank}. {words.Names.Office(r.Agency)} ({Score(r.Score)})")) + ".")
            : $"{words.Month(brief.Month)}，全乡共受理案件 {s.Received} 件（上月 {brief.PreviousIndicators.Received} 件），办结率 {IndicatorText.Percent(s.ResolutionRate)}，"
              + $"按期办结率 {IndicatorText.Percent(s.OnTimeRate)}，签收及时率 {IndicatorText.Percent(s.ResponseRate)}，满意率 {IndicatorText.Percent(s.SatisfactionRate)}。"
              + $"超期 {brief.Overdue.Count} 件，签收超时 {brief.SignForLate.Count} 件，跨平台协同 {brief.CrossPlatform.Count} 件，上报县12345 {brief.EscalatedToCounty.Count} 件，"
              + $"报请副书记协调 {brief.ReachedDeputySecretary.Count} 件，回访超时 {brief.CallbacksLate.Count} 件。"
              + (ranked.Count == 0 ? "本月派驻机构没有可评分的案件，属地考评不排名。" : "派驻机构属地考评排名：" + string.Join("、", ranked.Select(r => $"第{r.Rank}名 {words.Names.Office(r.Agency)}（{Score(r.Score)} 分）")) + "。");
    }

    /// <summary>The problems-and-measures section, marked as still to be filled in by the command room.</summary>
    internal static BriefSection Measures(BriefWords words) =>
        new(words.T("问题与措施", "Problems and measures"),
            [words.T("（待指挥室在印发前填写：本期发现的主要问题及整改措施。）", "(To be filled in by the command room before issuing: the main problems found and the measures taken.)")],
            null, [])
        { Measures = true, ToBeFilled = true };

    /// <summary>A territorial score as the briefs write it.</summary>
    internal static string Score(double? score) => score is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    private static (double?, int, int) Key(IndicatorRow office) => (office.Indicators.OnTimeRate, office.Indicators.Overdue, office.Indicators.Received);
}
