using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Audit;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// A brief's lists of cases: the columns a leader reads on A4 (工单编号, received, category, matter, lead office, position by its
/// Chinese name, deadline, notes) and, for CSV only, the case's id, platform, grid and masked reporter.
/// </summary>
internal static class BriefCases
{
    /// <summary>
    /// The number a person reads for a case: its 工单编号, or for a case received before numbers were given the last eight
    /// characters of its id (enough to find it in the console).
    /// </summary>
    public static string Number(AssessedCase c) => c.Case.Number is { Length: > 0 } number ? number : c.Case.Id.ToString("N")[^8..];

    /// <summary>A section listing the cases, counting them all and listing at most <paramref name="max"/> (the table says how many more).</summary>
    public static BriefSection Section(string heading, IReadOnlyList<AssessedCase> cases, CompiledDefinition definition, BriefWords words, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        string[] headers = [.. words.English
            ? new[] { "Number", "Received", "Category", "Matter", "Lead office", "Position", "Deadline", "Notes" }
            : ["工单编号", "受理日期", "类别", "事项", "主办科室", "当前环节", "办理期限", "备注"]];
        string[] export = [.. words.English ? new[] { "Platform", "Grid", "Reporter (masked)" } : ["平台", "网格", "报告人（遮蔽）"]];
        var listed = cases.Take(max).ToList();
        var table = new BriefTable(headers, [.. listed.Select(c => Row(c, definition, words))], CaseList: true, More: cases.Count - listed.Count)
        {
            English = words.English,
            CaseIds = [.. listed.Select(c => c.Case.Id)],
            ExportHeaders = export,
            ExportRows = [.. listed.Select(c => Export(c, definition, words))],
        };
        var count = cases.Count == 0 ? words.T("无。", "None.")
            : cases.Count > max ? words.T($"共 {cases.Count} 件，列出前 {max} 件。", $"{cases.Count} cases; the first {max} are listed.")
            : words.T($"共 {cases.Count} 件。", $"{cases.Count} case(s).");
        return new BriefSection(heading, [count], table, []);
    }

    private static IReadOnlyList<string> Row(AssessedCase c, CompiledDefinition definition, BriefWords words) =>
    [
        Number(c),
        words.LocalDay(c.Case.SubmittedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        words.Names.Category(c.Case.Category),
        c.Case.Title,
        c.LeadOffice is { } lead ? words.Names.Office(lead) : "",
        words.Names.State(c.Position),
        c.HandlingDeadline is { } deadline ? words.Local(deadline) : "",
        string.Join(words.English ? "; " : "；", Notes(c, definition, words)),
    ];

    private static IReadOnlyList<string> Export(AssessedCase c, CompiledDefinition definition, BriefWords words)
    {
        var reporter = PersonalData.Mask(c.Case.Reporter);
        var grid = definition.Definition.Organisation.Grids.FirstOrDefault(g => g.Id == c.Case.Grid);
        return
        [
            c.Platform is { } platform ? words.Names.Platform(platform) : "",
            grid is null ? "" : words.English ? grid.Id : $"{grid.Name}（{grid.Member.Name}）",
            reporter is null ? "" : $"{reporter.Name} {reporter.Phone}".Trim(),
        ];
    }

    private static IEnumerable<string> Notes(AssessedCase c, CompiledDefinition definition, BriefWords words)
    {
        if (c.OverdueNow)
        {
            yield return words.T("超期未办结", "overdue now");
        }
        else if (c.Overdue)
        {
            yield return words.T("曾超期", "went past a deadline");
        }

        if (c.SignForLate > 0)
        {
            yield return words.T($"签收超时 {c.SignForLate} 次", $"signed for late {c.SignForLate}×");
        }

        if (c.CrossPlatform)
        {
            yield return words.T("跨平台：", "platforms: ") + string.Join(words.Separator, c.PlatformsInvolved.Select(words.Names.Platform));
        }

        if (c.EscalatedToCounty)
        {
            yield return words.T("已上报县12345", "escalated to the county");
        }

        if (c.SentBackByCounty > 0)
        {
            yield return words.T($"县退回 {c.SentBackByCounty} 次", $"sent back by the county {c.SentBackByCounty}×");
        }

        if (c.LeadersReached.Count > 0)
        {
            var leaders = definition.Definition.Organisation.Leaders;
            yield return words.T("已报：", "reached: ") + string.Join(" → ", c.LeadersReached.Select(l => words.English ? l : leaders.FirstOrDefault(x => x.Id == l)?.Title ?? l));
        }

        if (c.CallbackLate)
        {
            yield return c.CalledBackAt is { } at ? words.T($"回访超时（{words.Local(at)} 回访）", $"called back late ({words.Local(at)})") : words.T("未按时回访", "not called back in time");
        }

        if (c.Returns > 0)
        {
            yield return words.T($"退单 {c.Returns} 次", $"returned {c.Returns}×");
        }

        if (c.Reopens > 0)
        {
            yield return words.T($"重新办理 {c.Reopens} 次", $"reopened {c.Reopens}×");
        }
    }
}
