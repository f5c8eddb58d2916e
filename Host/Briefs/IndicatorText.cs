using System.Globalization;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Export;

namespace CaseFlow.Host.Briefs;

/// <summary>The indicators as people read them (Chinese names, percentages, working hours) and as CSV columns.</summary>
public static class IndicatorText
{
    /// <summary>Each indicator shown in a brief: its id, its Chinese name, its English name and how its value reads.</summary>
    public static IReadOnlyList<(string Id, string Name, string English, Func<IndicatorSet, string> Value)> Shown { get; } =
    [
        ("received", "受理量", "received", s => Count(s.Received)),
        ("responseRate", "签收及时率", "response rate", s => Percent(s.ResponseRate)),
        ("onTimeRate", "按期办结率", "on-time completion", s => Percent(s.OnTimeRate)),
        ("resolutionRate", "办结率", "resolution rate", s => Percent(s.ResolutionRate)),
        ("satisfactionRate", "满意率", "satisfaction", s => Percent(s.SatisfactionRate)),
        ("callbackRate", "回访率", "callback rate", s => Percent(s.CallbackRate)),
        ("overdue", "超期件", "overdue", s => Count(s.Overdue)),
        ("signForLate", "签收超时", "signed for late", s => Count(s.SignForLate)),
        ("callbacksLate", "回访超时", "callbacks late", s => Count(s.CallbacksLate)),
        ("returns", "退单", "returns", s => Count(s.Returns)),
        ("reopened", "重新办理", "reopened", s => Count(s.Reopened)),
        ("escalatedToCounty", "上报县12345", "escalated to the county", s => Count(s.EscalatedToCounty)),
        ("meanHandlingHours", "平均办理时长（工作小时）", "mean handling time (working hours)", s => Hours(s.MeanHandlingHours)),
    ];

    /// <summary>The CSV header of indicator rows.</summary>
    public const string CsvHeader =
        "dimension,key,name,received,valid,assignmentsDue,signedForInTime,responseRate,handled,overdue,onTimeRate,closed,resolutionRate,rated,satisfied,satisfactionRate,calledBack,callbackRate,callbacksLate,returns,reopened,escalatedToCounty,completed,meanHandlingHours,completedRounds,signForLate,sentBackByCounty,withCounty,asLead,asCoHandler";

    /// <summary>One indicator row as CSV: counts, and rates as fractions with four decimals (empty when there is nothing to rate).</summary>
    public static string CsvRow(IndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var s = row.Indicators;
        return string.Join(',', new[]
        {
            Csv.Cell(row.Dimension), Csv.Cell(row.Key), Csv.Cell(row.Name), Count(s.Received), Count(s.Valid), Count(s.AssignmentsDue),
            Count(s.SignedForInTime), Fraction(s.ResponseRate), Count(s.Handled), Count(s.Overdue), Fraction(s.OnTimeRate), Count(s.Closed),
            Fraction(s.ResolutionRate), Count(s.Rated), Count(s.Satisfied), Fraction(s.SatisfactionRate), Count(s.CalledBack), Fraction(s.CallbackRate),
            Count(s.CallbacksLate), Count(s.Returns), Count(s.Reopened), Count(s.EscalatedToCounty), Count(s.Completed), Fraction(s.MeanHandlingHours),
            Count(s.CompletedRounds), Count(s.SignForLate), Count(s.SentBackByCounty), Count(s.WithCounty), Count(s.AsLead), Count(s.AsCoHandler),
        });
    }

    /// <summary>A rate as a percentage with one decimal, or a dash when there is nothing to rate.</summary>
    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>Working hours with one decimal, or a dash.</summary>
    public static string Hours(double? hours) => hours is { } h ? h.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    /// <summary>A count.</summary>
    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A fraction with four decimals, empty when null.</summary>
    public static string Fraction(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
