using System.Globalization;
using System.Text;

namespace CaseFlow.Bench.Assessment;

/// <summary>The assessment scenario's lines in latest.md.</summary>
internal static class AssessmentMarkdown
{
    public static void Render(StringBuilder md, AssessmentResult a)
    {
        var invariant = CultureInfo.InvariantCulture;
        md.AppendLine();
        md.AppendLine(invariant, $"**Assessment at scale** — the month's indicators by platform, and the monthly brief laid out, over {a.Cases:N0} cases ({a.Events:N0} events, written in bulk), each query reading every case as the Host does: from the assessment projection, and by replaying every history, taking turns (best of 3 rounds). Goal (#17): both from the projection in ≤ 1 s. Rebuilding every projection from the histories took {a.RebuildSeconds:F1} s; through `SqliteCaseStore.AppendAsync` (one event per append, each keeping its case's projection) a sample ran at {a.AppendEventsPerSecond:N0} events/s, of which the projection's fold and JSON take {a.UpkeepMicroseconds:F1} µs an append.");
        md.AppendLine();
        md.AppendLine("| read | indicators | monthly brief | both | |");
        md.AppendLine("| --- | ---: | ---: | ---: | :---: |");
        md.AppendLine(invariant, $"| projection | {a.ProjectedIndicatorsSeconds:F2} s | {a.ProjectedMonthlySeconds:F2} s | {a.ProjectedSeconds:F2} s | {(a.GoalMet ? "PASS" : "FAIL")} (≤ 1 s) |");
        md.AppendLine(invariant, $"| replay of every history | {a.ReplayedIndicatorsSeconds:F2} s | {a.ReplayedMonthlySeconds:F2} s | {a.ReplayedSeconds:F2} s | projection {a.Speedup:F1}× faster |");
    }
}
