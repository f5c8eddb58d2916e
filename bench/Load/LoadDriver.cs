using System.Collections.Concurrent;
using System.Diagnostics;

namespace CaseFlow.Bench.Load;

/// <summary>What a load scenario drives: a started system, its command channel and a count of the messages it moves.</summary>
internal interface ILoadTarget : IAsyncDisposable
{
    string System { get; }

    string Transport { get; }

    string Store { get; }

    ICommandChannel Channel { get; }

    BusTraffic Traffic { get; }
}

/// <summary>
/// Drives N cases around the loop through each of several started systems with a bounded number in flight. The cases are split
/// into rounds and the systems take turns round by round (A, B, C, A, B, C …), so that whatever else the machine is doing falls
/// on all of them alike; each system's throughput is its cases over the time of its own rounds. A short warm-up is not measured.
/// </summary>
internal static class LoadDriver
{
    public const int WarmUpCases = 24;

    public static async Task<IReadOnlyList<LoadResult>> RunSideBySideAsync(
        IReadOnlyList<(string Scenario, ILoadTarget Target)> targets, IReadOnlyList<CaseRoute> routes, int cases, int concurrency, int rounds)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var measured = targets.Select(t => new Measurement(t.Scenario, t.Target)).ToList();
        foreach (var m in measured)
        {
            await DriveAsync(m.Target.Channel, routes, 0, WarmUpCases, concurrency, $"warm-{run}");
            m.MessagesBefore = m.Target.Traffic.Messages;
        }

        for (var round = 0; round < rounds; round++)
        {
            var first = cases * round / rounds;
            var count = cases * (round + 1) / rounds - first;
            foreach (var m in measured)
            {
                var started = Stopwatch.GetTimestamp();
                m.Timings.AddRange(await DriveAsync(m.Target.Channel, routes, first, count, concurrency, $"load-{run}"));
                m.Elapsed += Stopwatch.GetElapsedTime(started);
            }
        }

        return measured.Select(m => m.Result(cases, concurrency)).ToList();
    }

    private static async Task<IReadOnlyList<CaseTimings>> DriveAsync(ICommandChannel channel, IReadOnlyList<CaseRoute> routes, int first, int count, int concurrency, string keyPrefix)
    {
        var timings = new ConcurrentBag<CaseTimings>();
        await Parallel.ForEachAsync(Enumerable.Range(first, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
            timings.Add(await Lifecycle.RunAsync(channel, routes[i % routes.Count], $"{keyPrefix}-{i:D6}")));
        return timings.ToList();
    }

    private sealed class Measurement(string scenario, ILoadTarget target)
    {
        public ILoadTarget Target { get; } = target;

        public List<CaseTimings> Timings { get; } = [];

        public TimeSpan Elapsed { get; set; }

        public long MessagesBefore { get; set; }

        public LoadResult Result(int cases, int concurrency)
        {
            var transitions = (long)cases * Lifecycle.Steps;
            return new LoadResult
            {
                Scenario = scenario,
                System = Target.System,
                Transport = Target.Transport,
                Store = Target.Store,
                Cases = cases,
                Concurrency = concurrency,
                Transitions = transitions,
                Seconds = Elapsed.TotalSeconds,
                MessagesPerCommand = (Target.Traffic.Messages - MessagesBefore) / (double)transitions,
                SubmitToDispatchMs = Percentiles.Of(Timings.Select(t => t.SubmitToDispatch)),
                SubmitToCloseMs = Percentiles.Of(Timings.Select(t => t.SubmitToClose)),
                StepMs = Percentiles.Of(Timings.SelectMany(t => t.Steps)),
            };
        }
    }
}
