using System.Diagnostics;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Bench.Samples;

/// <summary>Store files for the scenarios that build big stores: a fresh temporary one, its deletion, and the engine's own append rate on it.</summary>
internal static class SampleStore
{
    /// <summary>A path for a new store file in the temporary folder, named after the scenario.</summary>
    public static string NewPath(string scenario) => Path.Combine(Path.GetTempPath(), $"caseflow-bench-{scenario}-{Guid.NewGuid():N}.db");

    /// <summary>Deletes a store file with its WAL and shared-memory files (after closing the pooled connections that hold them).</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Events per second through <see cref="SqliteCaseStore.AppendAsync"/> in a fresh store, one event per append with the case's
    /// snapshot as commands arrive, over <paramref name="cases"/> whole-loop cases (returned, for measuring further work on them).
    /// </summary>
    public static async Task<(double EventsPerSecond, IReadOnlyList<SampleCase> Samples)> AppendRateAsync(CompiledDefinition definition, int cases)
    {
        var path = NewPath("append");
        try
        {
            var store = SqliteCaseStore.ForFile(path);
            await store.InitialiseAsync();
            var samples = Enumerable.Range(0, cases).Select(_ => SampleCase.Closed(definition, progressReports: 0)).ToList();
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

            return (appended / Stopwatch.GetElapsedTime(started).TotalSeconds, samples);
        }
        finally
        {
            Delete(path);
        }
    }
}
