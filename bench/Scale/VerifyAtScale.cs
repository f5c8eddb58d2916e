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
        var appendRate = await AppendRateAsync(definition);
        Console.WriteLine($"verify at scale: SqliteCaseStore.AppendAsync writes {appendRate:N0} events/s one append at a time ({events / appendRate / 60:F0} min for {events:N0}); writing in bulk");
        var path = Path.Combine(Path.GetTempPath(), $"caseflow-bench-verify-{Guid.NewGuid():N}.db");
        try
        {
            var store = SqliteCaseStore.ForFile(path);
            await store.InitialiseAsync();
            var built = Stopwatch.GetTimestamp();
            var cases = await BulkCaseWriter.WriteAsync(path, definition, events);
            var buildSeconds = Stopwatch.GetElapsedTime(built).TotalSeconds;
            var megabytes = new FileInfo(path).Length / 1024.0 / 1024.0;
            Console.WriteLine($"verify at scale: {cases.Events:N0} events in {cases.Cases:N0} cases written in {buildSeconds:F1} s ({megabytes:F0} MB); verifying");
            var report = await ChainVerifier.VerifyAsync(store);
            if (report.Events != cases.Events)
            {
                throw new InvalidOperationException($"verify read {report.Events} events but {cases.Events} were written");
            }

            return new ScaleResult(report.Events, report.Cases, buildSeconds, megabytes, report.Elapsed.TotalSeconds, report.IsIntact, appendRate);
        }
        finally
        {
            Delete(path);
        }
    }

    /// <summary>Events per second through the engine's append, each event its own transaction with the case's snapshot, as CaseService writes them.</summary>
    private static async Task<double> AppendRateAsync(CompiledDefinition definition)
    {
        var path = Path.Combine(Path.GetTempPath(), $"caseflow-bench-append-{Guid.NewGuid():N}.db");
        try
        {
            var store = SqliteCaseStore.ForFile(path);
            await store.InitialiseAsync();
            var samples = Enumerable.Range(0, AppendSampleCases).Select(_ => SampleCase.Closed(definition, progressReports: 0)).ToList();
            var started = Stopwatch.GetTimestamp();
            long appended = 0;
            foreach (var sample in samples)
            {
                CaseState? state = null;
                foreach (var e in sample.History)
                {
                    var next = CaseEvolver.Apply(state, e, definition);
                    await store.AppendAsync(next, state?.Version ?? 0, [e], Guid.NewGuid());
                    state = next;
                    appended++;
                }
            }

            return appended / Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
        finally
        {
            Delete(path);
        }
    }

    private static void Delete(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
