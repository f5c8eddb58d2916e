using System.Globalization;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Audit;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Briefs;

/// <summary>Lays out the weekly and monthly briefs as documents: what each meeting reads, with reporters' personal data masked.</summary>
public static class BriefContent
{
    private static readonly string[] CaseHeaders = ["编号 id", "受理 received", "类别 category", "标题 title", "平台 platform", "主办 lead office", "网格 grid", "报告人 reporter", "环节 position", "办理期限 deadline", "情况 notes"];

    /// <summary>The weekly meeting's (例会) brief for one platform, each case list cut at <paramref name="maxCasesPerSection"/>.</summary>
    public static BriefDocument Weekly(WeeklyBrief brief, CompiledDefinition definition, int maxCasesPerSection)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(definition);
        var offices = brief.Offices;
        var chart = new BriefChart("chart.svg", "各科室受理与超期 Received and overdue by office", SvgCharts.Bars(
            $"{brief.Platform.Name} {brief.Week}",
            offices.Select(o => o.Name).ToList(),
            [("受理 received", offices.Select(o => (double)o.Indicators.Received).ToList()), ("超期 overdue", offices.Select(o => (double)o.Indicators.Overdue).ToList())]));
        return new BriefDocument($"{brief.Platform.Name}例会简报 Weekly brief — {brief.Week}",
        [
            new("概况 Summary",
                [
                    $"统计周期 {brief.Week}（{Zone(definition)}），数据截至 {Local(definition, brief.AsOf)}。本周受理 {brief.Indicators.Received} 件，超期 {brief.Overdue.Count} 件，需其他平台协同 {brief.NeedsAnotherPlatform.Count} 件，回访超时 {brief.CallbacksLate.Count} 件。",
                    $"Period {brief.Week}; histories read at {Local(definition, brief.AsOf)}. {brief.Indicators.Received} case(s) received; {brief.Overdue.Count} overdue; {brief.NeedsAnotherPlatform.Count} need(s) another platform; {brief.CallbacksLate.Count} callback(s) late.",
                ],
                new BriefTable(["指标 indicator", "本周 this week"], IndicatorText.Shown.Select(i => (IReadOnlyList<string>)[i.Name, i.Value(brief.Indicators)]).ToList()),
                []),
            new("各科室 By office", offices.Count == 0 ? ["本周没有案件分派到科室。 No case was assigned to an office this week."] : [],
                offices.Count == 0 ? null : OfficeTable(offices), [chart]),
            CaseSection("上周案件 Last week's cases", brief.Cases, definition, maxCasesPerSection),
            CaseSection("超期案件 Overdue", brief.Overdue, definition, maxCasesPerSection),
            CaseSection("需其他平台协同 Needs another platform", brief.NeedsAnotherPlatform, definition, maxCasesPerSection),
            CaseSection("回访超时 Callbacks late", brief.CallbacksLate, definition, maxCasesPerSection),
        ]);
    }

    /// <summary>The joint meeting's (联席会议) monthly brief, each case list cut at <paramref name="maxCasesPerSection"/>.</summary>
    public static BriefDocument Monthly(MonthlyBrief brief, CompiledDefinition definition, int maxCasesPerSection)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(definition);
        var month = brief.Month.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var previous = brief.PreviousMonth.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var days = Math.Max(brief.DailyReceived.Count, brief.PreviousDailyReceived.Count);
        var trend = new BriefChart("trend.svg", "每日受理 Cases received per day", SvgCharts.Lines(
            $"每日受理 {month} / {previous}",
            Enumerable.Range(1, days).Select(d => d.ToString(CultureInfo.InvariantCulture)).ToList(),
            [(month, Pad(brief.DailyReceived, days)), (previous, Pad(brief.PreviousDailyReceived, days))]));
        var platforms = new BriefChart("platforms.svg", "各平台受理 Received per platform", SvgCharts.Bars(
            $"各平台受理 {month} / {previous}",
            brief.Platforms.Select(p => p.Name).ToList(),
            [(month, brief.Platforms.Select(p => (double)p.Indicators.Received).ToList()), (previous, brief.PreviousPlatforms.Select(p => (double)p.Indicators.Received).ToList())]));
        return new BriefDocument($"四个平台联席会议月度简报 Monthly joint-meeting brief — {month}",
        [
            new("概况与趋势 Summary and trend against last month",
                [
                    $"统计周期 {brief.Month}，对比 {brief.PreviousMonth}（{Zone(definition)}），数据截至 {Local(definition, brief.AsOf)}。",
                    $"{brief.Indicators.Received} case(s) received in {month} against {brief.PreviousIndicators.Received} in {previous}.",
                ],
                new BriefTable(["指标 indicator", month, previous, "变化 change"], IndicatorText.Shown
                    .Select(i => (IReadOnlyList<string>)[i.Name, i.Value(brief.Indicators), i.Value(brief.PreviousIndicators), Change(i.Id, brief.Indicators, brief.PreviousIndicators)])
                    .ToList()),
                [trend]),
            new("各平台 By platform", [], new BriefTable(
                ["平台 platform", $"受理 {month}", $"受理 {previous}", "签收及时率", "按期办结率", "满意率", "超期"],
                brief.Platforms.Zip(brief.PreviousPlatforms, (now, before) => (IReadOnlyList<string>)
                [
                    now.Name, IndicatorText.Count(now.Indicators.Received), IndicatorText.Count(before.Indicators.Received),
                    IndicatorText.Percent(now.Indicators.ResponseRate), IndicatorText.Percent(now.Indicators.OnTimeRate),
                    IndicatorText.Percent(now.Indicators.SatisfactionRate), IndicatorText.Count(now.Indicators.Overdue),
                ]).ToList()), [platforms]),
            CaseSection("跨平台协同案件 Cases needing several platforms", brief.CrossPlatform, definition, maxCasesPerSection),
            CaseSection("上报县12345案件 Escalated to the county", brief.EscalatedToCounty, definition, maxCasesPerSection),
            CaseSection("报请副书记协调的重大问题 Major issues that reached the deputy secretary", brief.ReachedDeputySecretary, definition, maxCasesPerSection),
            CaseSection("超期案件 Overdue", brief.Overdue, definition, maxCasesPerSection),
            CaseSection("回访超时 Callbacks late", brief.CallbacksLate, definition, maxCasesPerSection),
        ]);
    }

    private static BriefTable OfficeTable(IReadOnlyList<IndicatorRow> offices) => new(
        ["科室 office", "受理", "签收及时率", "按期办结率", "超期", "退单", "平均办理时长（工作小时）"],
        offices.Select(o => (IReadOnlyList<string>)
        [
            o.Name, IndicatorText.Count(o.Indicators.Received), IndicatorText.Percent(o.Indicators.ResponseRate), IndicatorText.Percent(o.Indicators.OnTimeRate),
            IndicatorText.Count(o.Indicators.Overdue), IndicatorText.Count(o.Indicators.Returns), IndicatorText.Hours(o.Indicators.MeanHandlingHours),
        ]).ToList());

    /// <summary>A list of cases, counting them all and listing at most <paramref name="max"/> (the table says how many more there are).</summary>
    private static BriefSection CaseSection(string heading, IReadOnlyList<AssessedCase> cases, CompiledDefinition definition, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (cases.Count == 0)
        {
            return new BriefSection(heading, ["无。 None."], new BriefTable(CaseHeaders, [], CaseList: true), []);
        }

        var listed = cases.Take(max).Select(c => Row(c, definition)).ToList();
        var count = cases.Count > max ? $"{cases.Count} 件 case(s); 列出前 {max} 件 the first {max} are listed." : $"{cases.Count} 件 case(s).";
        return new BriefSection(heading, [count], new BriefTable(CaseHeaders, listed, CaseList: true, More: cases.Count - listed.Count), []);
    }

    private static IReadOnlyList<string> Row(AssessedCase c, CompiledDefinition definition)
    {
        var reporter = PersonalData.Mask(c.Case.Reporter);
        var grid = definition.Definition.Organisation.Grids.FirstOrDefault(g => g.Id == c.Case.Grid);
        return
        [
            c.Case.Id.ToString(),
            Local(definition, c.Case.SubmittedAt),
            definition.Category(c.Case.Category)?.Name ?? c.Case.Category,
            c.Case.Title,
            definition.Platform(c.Platform ?? "")?.Name ?? "",
            c.LeadOffice is { } lead ? definition.Office(lead)?.Name ?? lead : "",
            grid is null ? "" : $"{grid.Name}（{grid.Member.Name}）",
            reporter is null ? "" : $"{reporter.Name} {reporter.Phone}".Trim(),
            c.Position,
            c.HandlingDeadline is { } deadline ? Local(definition, deadline) : "",
            string.Join("；", Notes(c, definition)),
        ];
    }

    private static IEnumerable<string> Notes(AssessedCase c, CompiledDefinition definition)
    {
        if (c.OverdueNow)
        {
            yield return "超期未办结 overdue now";
        }
        else if (c.Overdue)
        {
            yield return "曾超期 went past a deadline";
        }

        if (c.CrossPlatform)
        {
            yield return $"跨平台：{string.Join("、", c.PlatformsInvolved.Select(p => definition.Platform(p)?.Name ?? p))}";
        }

        if (c.EscalatedToCounty)
        {
            yield return "已上报县12345";
        }

        if (c.LeadersReached.Count > 0)
        {
            var leaders = definition.Definition.Organisation.Leaders;
            yield return $"已报：{string.Join(" → ", c.LeadersReached.Select(l => leaders.FirstOrDefault(x => x.Id == l)?.Title ?? l))}";
        }

        if (c.CallbackLate)
        {
            yield return c.CalledBackAt is { } at ? $"回访超时（{Local(definition, at)} 回访）" : "未按时回访 not called back in time";
        }

        if (c.Returns > 0)
        {
            yield return $"退单 {c.Returns} 次";
        }

        if (c.Reopens > 0)
        {
            yield return $"重新办理 {c.Reopens} 次";
        }
    }

    private static string Change(string id, Engine.Assessment.IndicatorSet now, Engine.Assessment.IndicatorSet before)
    {
        double? Value(Engine.Assessment.IndicatorSet s) => id switch
        {
            "received" => s.Received,
            "overdue" => s.Overdue,
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

    private static string Zone(CompiledDefinition definition) => definition.Calendar?.TimeZone.Id ?? "UTC";

    private static string Local(CompiledDefinition definition, DateTimeOffset instant) =>
        (definition.Calendar?.Local(instant) ?? instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
