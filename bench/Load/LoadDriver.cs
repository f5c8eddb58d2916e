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

/// <summary>Drives N cases around the loop with a bounded number in flight, after a short warm-up that is not measured.</summary>
internal static class LoadDriver
{
    public const int WarmUpCases = 24;

    public static async Task<LoadResult> RunAsync(string scenario, ILoadTarget target, IReadOnlyList<CaseRoute> routes, int cases, int concurrency)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        await DriveAsync(target.Channel, routes, WarmUpCases, concurrency, $"warm-{run}");
        var messagesBefore = target.Traffic.Messages;
        var started = Stopwatch.GetTimestamp();
        var timings = await DriveAsync(target.Channel, routes, cases, concurrency, $"load-{run}");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var transitions = (long)cases * Lifecycle.Steps;
        return new LoadResult
        {
            Scenario = scenario,
            System = target.System,
            Transport = target.Transport,
            Store = target.Store,
            Cases = cases,
            Concurrency = concurrency,
            Transitions = transitions,
            Seconds = seconds,
            MessagesPerCommand = (target.Traffic.Messages - messagesBefore) / (double)transitions,
            SubmitToDispatchMs = Percentiles.Of(timings.Select(t => t.SubmitToDispatch)),
            SubmitToCloseMs = Percentiles.Of(timings.Select(t => t.SubmitToClose)),
            StepMs = Percentiles.Of(timings.SelectMany(t => t.Steps)),
        };
    }

    private static async Task<IReadOnlyList<CaseTimings>> DriveAsync(ICommandChannel channel, IReadOnlyList<CaseRoute> routes, int cases, int concurrency, string keyPrefix)
    {
        var timings = new ConcurrentBag<CaseTimings>();
        await Parallel.ForEachAsync(Enumerable.Range(0, cases), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
            timings.Add(await Lifecycle.RunAsync(channel, routes[i % routes.Count], $"{keyPrefix}-{i:D6}")));
        return timings.ToList();
    }
}
