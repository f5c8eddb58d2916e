using System.Globalization;
using CaseFlow.Engine.Assessment;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// Lays out the weekly and monthly briefs as documents a township issues: masthead, a summary paragraph with the ranking, tables that
/// fit A4 portrait, the case lists, and a problems-and-measures section for the command room; in one language (Chinese unless
/// CaseFlow:Briefs:Language is en), reporters' personal data masked.
/// </summary>
public static class BriefContent
{
    /// <summary>The weekly meeting's (例会) brief for one platform, each case list cut at <paramref name="maxCasesPerSection"/>.</summary>
    public static BriefDocument Weekly(WeeklyBrief brief, CompiledDefinition definition, int maxCasesPerSection, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(definition);
        var words = new BriefWords(definition, english);
        var platform = words.Names.Platform(brief.Platform.Id);
        var ranked = BriefSummary.RankOffices(brief.Offices);
        var chart = new BriefChart("chart.svg", words.T("各科室受理与超期件数", "Cases received and overdue by office"), SvgCharts.Bars(
            words.T($"{platform} 各科室受理与超期（{words.Week(brief.Week)}）", $"{platform}: received and overdue by office, {words.Week(brief.Week)}"),
            ranked.Select(o => words.Names.Office(o.Office.Key)).ToList(),
            [
                (words.T("受理", "received"), ranked.Select(o => (double)o.Office.Indicators.Received).ToList()),
                (words.T("超期", "overdue"), ranked.Select(o => (double)o.Office.Indicators.Overdue).ToList()),
            ],
            english: english));
        var masthead = BriefSummary.Masthead(words.T($"{platform}例会简报", $"{platform} weekly brief"), BriefSummary.WeeklyIssue(brief.Week), brief.AsOf, definition, words);
        return new BriefDocument(words.T($"{words.Week(brief.Week)}案件办理情况", $"Cases of the week {words.Week(brief.Week)}"),
        [
            new(words.T("概况", "Summary"),
                [BriefSummary.Weekly(brief, words), Reading(brief.AsOf, words)],
                new BriefTable([words.T("指标", "Indicator"), words.T("本期", "This week")], IndicatorText.Shown.Select(i => (IReadOnlyList<string>)[Name(i, words), i.Value(brief.Indicators)]).ToList()),
                []),
            new(words.T("各科室办理情况", "Offices"), ranked.Count == 0 ? [words.T("本期没有案件分派到科室。", "No case was assigned to an office.")] : [],
                ranked.Count == 0 ? null : OfficeTable(ranked, words), ranked.Count == 0 ? [] : [chart]),
            BriefCases.Section(words.T("受理案件", "Cases received"), brief.Cases, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("超期案件", "Overdue"), brief.Overdue, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("此前受理仍超期案件", "Received earlier and still overdue"), brief.StillOverdue, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("签收超时案件", "Signed for late"), brief.SignForLate, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("需其他平台协同案件", "Needing another platform"), brief.NeedsAnotherPlatform, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("回访超时案件", "Callbacks late"), brief.CallbacksLate, definition, words, maxCasesPerSection),
            BriefSummary.Measures(words),
        ])
        { Masthead = masthead, Language = words.Language };
    }

    /// <summary>The joint meeting's (联席会议) monthly brief, each case list cut at <paramref name="maxCasesPerSection"/>.</summary>
    public static BriefDocument Monthly(MonthlyBrief brief, CompiledDefinition definition, int maxCasesPerSection, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(definition);
        var words = new BriefWords(definition, english);
        var (month, previous) = (words.Month(brief.Month), words.Month(brief.PreviousMonth));
        var days = Math.Max(brief.DailyReceived.Count, brief.PreviousDailyReceived.Count);
        var trend = new BriefChart("trend.svg", words.T("每日受理件数，与上月对比", "Cases received per day, against the month before"), SvgCharts.Lines(
            words.T($"每日受理（{month}、{previous}）", $"Received per day, {month} and {previous}"),
            Enumerable.Range(1, days).Select(d => d.ToString(CultureInfo.InvariantCulture)).ToList(),
            [(month, Pad(brief.DailyReceived, days)), (previous, Pad(brief.PreviousDailyReceived, days))],
            english));
        var platforms = new BriefChart("platforms.svg", words.T("各平台受理件数，与上月对比", "Cases received per platform, against the month before"), SvgCharts.Bars(
            words.T($"各平台受理（{month}、{previous}）", $"Received per platform, {month} and {previous}"),
            brief.Platforms.Select(p => words.Names.Platform(p.Key)).ToList(),
            [(month, brief.Platforms.Select(p => (double)p.Indicators.Received).ToList()), (previous, brief.PreviousPlatforms.Select(p => (double)p.Indicators.Received).ToList())],
            english: english));
        var masthead = BriefSummary.Masthead(words.T("四个平台联席会议简报", "Four Platforms joint-meeting brief"), BriefSummary.MonthlyIssue(brief.Month), brief.AsOf, definition, words);
        return new BriefDocument(words.T($"{month}四个平台运行情况", $"The four platforms in {month}"),
        [
            new(words.T("概况", "Summary"),
                [BriefSummary.Monthly(brief, words), Reading(brief.AsOf, words)],
                new BriefTable([words.T("指标", "Indicator"), month, previous, words.T("变化", "Change")], IndicatorText.Shown
                    .Select(i => (IReadOnlyList<string>)[Name(i, words), i.Value(brief.Indicators), i.Value(brief.PreviousIndicators), Change(i.Id, brief.Indicators, brief.PreviousIndicators)])
                    .ToList()),
                [trend]),
            new(words.T("各平台运行情况", "Platforms"), [], new BriefTable(
                [words.T("平台", "Platform"), words.T($"受理（{month}）", $"Received {month}"), words.T($"受理（{previous}）", $"Received {previous}"),
                 words.T("签收及时率", "Response rate"), words.T("按期办结率", "On-time completion"), words.T("满意率", "Satisfaction"), words.T("超期", "Overdue")],
                brief.Platforms.Zip(brief.PreviousPlatforms, (now, before) => (IReadOnlyList<string>)
                [
                    words.Names.Platform(now.Key), IndicatorText.Count(now.Indicators.Received), IndicatorText.Count(before.Indicators.Received),
                    IndicatorText.Percent(now.Indicators.ResponseRate), IndicatorText.Percent(now.Indicators.OnTimeRate),
                    IndicatorText.Percent(now.Indicators.SatisfactionRate), IndicatorText.Count(now.Indicators.Overdue),
                ]).ToList()), [platforms]),
            Territorial(brief, words),
            BriefCases.Section(words.T("跨平台协同案件", "Needing several platforms"), brief.CrossPlatform, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("上报县12345案件", "Escalated to the county"), brief.EscalatedToCounty, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("报请副书记协调的重大问题", "Major issues that reached the deputy secretary"), brief.ReachedDeputySecretary, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("超期案件", "Overdue"), brief.Overdue, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("此前受理仍超期案件", "Received earlier and still overdue"), brief.StillOverdue, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("签收超时案件", "Signed for late"), brief.SignForLate, definition, words, maxCasesPerSection),
            BriefCases.Section(words.T("回访超时案件", "Callbacks late"), brief.CallbacksLate, definition, words, maxCasesPerSection),
            BriefSummary.Measures(words),
        ])
        { Masthead = masthead, Language = words.Language };
    }

    private static BriefSection Territorial(MonthlyBrief brief, BriefWords words)
    {
        var heading = words.T("派驻机构属地考评", "Territorial assessment of the dispatched agencies");
        var ranked = brief.Territorial.Where(r => r.Rank is not null).OrderBy(r => r.Rank).ToList();
        if (ranked.Count == 0)
        {
            return new BriefSection(heading, [words.T("本月派驻机构没有可评分的案件。", "No dispatched agency had a case to score this month.")], null, []);
        }

        return new BriefSection(heading, [words.T("按本月受理案件计算，满分 100 分。", "Over the month's cases, out of 100.")], new BriefTable(
            [words.T("名次", "Rank"), words.T("派驻机构", "Agency"), words.T("得分", "Score"), words.T("受理", "Received")],
            ranked.Select(r => (IReadOnlyList<string>)[r.Rank!.Value.ToString(CultureInfo.InvariantCulture), words.Names.Office(r.Agency), BriefSummary.Score(r.Score), IndicatorText.Count(r.Indicators.Received)]).ToList()), []);
    }

    private static BriefTable OfficeTable(IReadOnlyList<(int Rank, IndicatorRow Office)> offices, BriefWords words) => new(
        [words.T("名次", "Rank"), words.T("科室", "Office"), words.T("受理", "Received"), words.T("签收及时率", "Response rate"), words.T("按期办结率", "On-time"), words.T("超期", "Overdue"), words.T("退单", "Returns")],
        offices.Select(o => (IReadOnlyList<string>)
        [
            o.Rank.ToString(CultureInfo.InvariantCulture), words.Names.Office(o.Office.Key), IndicatorText.Count(o.Office.Indicators.Received),
            IndicatorText.Percent(o.Office.Indicators.ResponseRate), IndicatorText.Percent(o.Office.Indicators.OnTimeRate),
            IndicatorText.Count(o.Office.Indicators.Overdue), IndicatorText.Count(o.Office.Indicators.Returns),
        ]).ToList());

    private static string Reading(DateTimeOffset asOf, BriefWords words) =>
        words.T($"数据截至 {words.Local(asOf)}。", $"Histories read at {words.Local(asOf)} ({words.Zone}).");

    private static string Name((string Id, string Name, string English, Func<IndicatorSet, string> Value) indicator, BriefWords words) =>
        words.English ? indicator.English : indicator.Name;

    private static string Change(string id, IndicatorSet now, IndicatorSet before)
    {
        double? Value(IndicatorSet s) => id switch
        {
            "received" => s.Received,
            "overdue" => s.Overdue,
            "signForLate" => s.SignForLate,
            "callbacksLate" => s.CallbacksLate,
            "returns" => s.Returns,
            "reopened" => s.Reopened,
            "escalatedToCounty" => s.EscalatedToCounty,
            "meanHandlingHours" => s.MeanHandlingHours,
            _ => s.RateOf(id) * 100,
        };

        return Value(now) is { } a && Value(before) is { } b ? (a - b).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + (id.EndsWith("Rate", StringComparison.Ordinal) ? " pt" : "") : "—";
    }

    private static List<double> Pad(IReadOnlyList<int> values, int length) => [.. values.Select(v => (double)v), .. Enumerable.Repeat(0.0, length - values.Count)];
}
