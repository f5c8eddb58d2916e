using System.Globalization;

namespace CaseFlow.Bench.Goals;

/// <summary>Goal numbers as the console and the Markdown report print them.</summary>
internal static class GoalFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Value(double value, GoalUnit unit) => unit switch
    {
        GoalUnit.TransitionsPerSecond => $"{value.ToString("N0", Invariant)} transitions/s",
        GoalUnit.Times => $"{value.ToString("F2", Invariant)}×",
        GoalUnit.Share => $"{(value * 100).ToString("F1", Invariant)} %",
        GoalUnit.Bytes => $"{(value / 1024).ToString("F1", Invariant)} KB",
        GoalUnit.Seconds => $"{value.ToString("F2", Invariant)} s",
        GoalUnit.Megabytes => $"{(value / 1024 / 1024).ToString("F0", Invariant)} MB",
        _ => value.ToString(Invariant),
    };

    public static string Ratio(double ratio) => $"{ratio.ToString("F2", Invariant)}×";
}
