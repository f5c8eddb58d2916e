using System.Diagnostics;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Scale;

/// <summary>The audit's verify at scale: a store of about a million chained events, checked in one pass.</summary>
internal sealed record ScaleResult(long Events, int Cases, double BuildSeconds, double StoreMegabytes, double VerifySeconds, bool Intact)
{
    public double EventsPerSecond => Events / VerifySeconds;
}

/// <summary>
/// Builds the store with <see cref="BulkCaseWriter"/> (the 10-event in-scope loop, re-sealed for each case) and runs
/// <see cref="ChainVerifier.VerifyAsync"/> on it through <see cref="SqliteCaseStore"/>, exactly as the verify verb does.
/// </summary>
internal static class VerifyAtScale
{
    public static async Task<ScaleResult> RunAsync(CompiledDefinition definition, long events)
    {
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

            return new ScaleResult(report.Events, report.Cases, buildSeconds, megabytes, report.Elapsed.TotalSeconds, report.IsIntact);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
