using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace CaseFlow.Bench.Micro;

/// <summary>One micro-benchmark's outcome: mean time per operation and bytes allocated per operation.</summary>
internal sealed record MicroResult(string Suite, string Benchmark, double MedianNs, double MeanNs, double StdErrNs, long? AllocatedBytes);

/// <summary>
/// Runs the BenchmarkDotNet classes with a short job: each benchmark in its own process (BenchmarkDotNet's default toolchain — run
/// in-process, the first benchmark kept paying for the JIT tiering of everything after it), warmed up until steady, then 7
/// measured iterations of about 250 ms, one launch. The median is the headline: other work on a shared machine inflates a few
/// iterations, not most. Building the benchmarks' process may take up to 15 minutes: BenchmarkDotNet's default of 2 is too short on
/// a busy shared machine, and the run then measures nothing.
/// </summary>
internal static class MicroRunner
{
    public static IReadOnlyList<MicroResult> Run(string artifacts)
    {
        var job = Job.Default
            .WithLaunchCount(1)
            .WithIterationCount(7)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("Short");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile)
            .WithBuildTimeout(TimeSpan.FromMinutes(15));
        var summaries = BenchmarkRunner.Run([typeof(TransitionBenchmarks), typeof(DefinitionBenchmarks), typeof(AuditBenchmarks)], config);
        var results = new List<MicroResult>();
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports)
            {
                var statistics = report.ResultStatistics
                    ?? throw new InvalidOperationException($"{report.BenchmarkCase.DisplayInfo} produced no measurement; see the log above");
                results.Add(new MicroResult(
                    report.BenchmarkCase.Descriptor.Type.Name,
                    report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                    statistics.Median,
                    statistics.Mean,
                    statistics.StandardError,
                    report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)));
            }
        }

        return results;
    }
}
