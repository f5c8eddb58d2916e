using System.Collections.Concurrent;
using System.Diagnostics;
using CaseFlow.Bench.Load;

namespace CaseFlow.Bench.Embedded;

/// <summary>
/// The embedded engine's scenario: the case service called directly (<see cref="EmbeddedEngine"/>), cases driven around the whole loop
/// (<see cref="Lifecycle"/>, the commands the bus scenarios send) with 1, 8, 32 (the bus scenarios' load) and 64 in flight, each level on a fresh file for a fixed
/// time after an unmeasured warm-up. Each case runs to its end, so a level lasts its time plus the cases in flight at the deadline.
/// </summary>
internal static class EmbeddedScenario
{
    /// <summary>The levels of concurrency measured; the goal is read at the last.</summary>
    public static readonly IReadOnlyList<int> Concurrencies = [1, 8, 32, 64];

    public static async Task<IReadOnlyList<EmbeddedResult>> RunAsync(IReadOnlyList<CaseRoute> routes, TimeSpan each)
    {
        var results = new List<EmbeddedResult>();
        foreach (var concurrency in Concurrencies)
        {
            await using var engine = await EmbeddedEngine.StartAsync();
            var run = Guid.NewGuid().ToString("N")[..8];
            await DriveAsync(engine.Channel, routes, concurrency, TimeSpan.Zero, Math.Max(LoadDriver.WarmUpCases, concurrency), $"warm-{run}");
            var eventsBefore = await engine.StoredEventsAsync();
            var publishedBefore = engine.Publisher.Messages;
            var commitsBefore = engine.Commits;
            var started = Stopwatch.GetTimestamp();
            var timings = await DriveAsync(engine.Channel, routes, concurrency, each, int.MaxValue, $"load-{run}");
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var transitions = timings.Sum(t => (long)t.Steps.Count);
            var result = new EmbeddedResult
            {
                Concurrency = concurrency,
                Cases = timings.Count,
                Transitions = transitions,
                EventsAppended = await engine.StoredEventsAsync() - eventsBefore,
                Seconds = seconds,
                PublishedPerCommand = (engine.Publisher.Messages - publishedBefore) / (double)transitions,
                Commits = engine.Commits - commitsBefore,
                CaseMs = Percentiles.Of(timings.Select(t => t.SubmitToClose)),
                Commands = ByCommand(timings),
            };
            Console.WriteLine($"  embedded, {concurrency} in flight: {result.TransitionsPerSecond:F0} transitions/s, {result.EventsPerSecond:F0} events appended/s, {result.CasesPerSecond:F1} cases/s, {result.AppendsPerCommit:F1} appends per commit, case p50 {result.CaseMs.P50:F0} ms");
            results.Add(result);
        }

        return results;
    }

    /// <summary>
    /// Runs cases with <paramref name="concurrency"/> in flight until <paramref name="cases"/> have started or, past
    /// <paramref name="time"/> (when not zero), no new one is started.
    /// </summary>
    private static async Task<IReadOnlyList<CaseTimings>> DriveAsync(ICommandChannel channel, IReadOnlyList<CaseRoute> routes, int concurrency, TimeSpan time, int cases, string keyPrefix)
    {
        var timings = new ConcurrentBag<CaseTimings>();
        var deadline = time == TimeSpan.Zero ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency);
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref next) is var i && i < cases)
            {
                timings.Add(await Lifecycle.RunAsync(channel, routes[i % routes.Count], $"{keyPrefix}-{i:D7}"));
            }
        }));
        await Task.WhenAll(workers);
        return timings.ToList();
    }

    /// <summary>Each command's latency over every case, in the order the loop sends them.</summary>
    private static List<CommandLatency> ByCommand(IReadOnlyList<CaseTimings> timings) =>
        timings.SelectMany(t => t.Commands.Zip(t.Steps))
            .GroupBy(step => step.First)
            .Select(g => new CommandLatency(g.Key, Percentiles.Of(g.Select(step => step.Second))))
            .OrderBy(c => timings[0].Commands.ToList().IndexOf(c.Command))
            .ToList();
}
