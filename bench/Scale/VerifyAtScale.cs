using System.Diagnostics;
using CaseFlow.Bench.Samples;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Scale;

/// <summary>The audit's verify at scale: a store of about a million chained events, checked in one pass.</summary>
internal sealed record ScaleResult(long Events, int Cases, double BuildSeconds, double StoreMegabytes, double VerifySeconds, bool Intact, double AppendEventsPerSecond)
{
    public double EventsPerSecond => Events / VerifySeconds;

    /// <summary>How long the same store would take to write through the engine's own append, one event per transaction.</summary>
    public double AppendProjectedSeconds => Events / AppendEventsPerSecond;
}

/// <summary>
/// Builds the store with <see cref="BulkCaseWriter"/> (the 10-event in-scope loop, re-sealed for each case) and runs
/// <see cref="ChainVerifier.VerifyAsync"/> on it through <see cref="SqliteCaseStore"/>, exactly as the verify verb does. First it
/// times the engine's own write path (<see cref="SqliteCaseStore.AppendAsync"/>, one event per append as commands arrive) on a
/// sample, to show why the big store is written in bulk.
/// </summary>
internal static class VerifyAtScale
{
    private const int AppendSampleCases = 200;

    public static async Task<ScaleResult> RunAsync(CompiledDefinition definition, long events)
    {
        var (appendRate, _) = await SampleStore.AppendRateAsync(definition, AppendSampleCases);
        Console.WriteLine($"verify at scale: SqliteCaseStore.AppendAsync writes {appendRate:N0} events/s one append at a time ({events / appendRate / 60:F0} min for {events:N0}); writing in bulk");
        var path = SampleStore.NewPath("verify");
        try
        {
            var store = SqliteCaseStore.ForFile(path);
            await store.InitialiseAsync();
            var built = Stopwatch.GetTimestamp();
            var template = SampleCase.Closed(definition, progressReports: 0);
            var cases = (int)Math.Ceiling(events / (double)template.History.Count);
            var written = await BulkCaseWriter.WriteAsync(path, cases, "bench-", template.History[0].At, _ => template);
            var buildSeconds = Stopwatch.GetElapsedTime(built).TotalSeconds;
            var megabytes = new FileInfo(path).Length / 1024.0 / 1024.0;
            Console.WriteLine($"verify at scale: {written:N0} events in {cases:N0} cases written in {buildSeconds:F1} s ({megabytes:F0} MB); verifying");
            var report = await ChainVerifier.VerifyAsync(store);
            if (report.Events != written)
            {
                throw new InvalidOperationException($"verify read {report.Events} events but {written} were written");
            }

            return new ScaleResult(report.Events, report.Cases, buildSeconds, megabytes, report.Elapsed.TotalSeconds, report.IsIntact, appendRate);
        }
        finally
        {
            SampleStore.Delete(path);
        }
    }
}
