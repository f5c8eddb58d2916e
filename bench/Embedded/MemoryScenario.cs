using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Bench.Goals;
using CaseFlow.Bench.Samples;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Bench.Embedded;

/// <summary>
/// The engine's resident memory with many cases open: the engine as Host composes it (<see cref="EmbeddedEngine"/>) over a store of
/// open cases written in bulk (of every ten, five submitted, five assigned to an office and not yet signed for), every one of them
/// then read through the case service — which keeps each case's state in its cache — with 64 reads in flight. Measured twice, each
/// in a process of its own (this program started again with <see cref="ProbeVerb"/>), so that neither measurement carries what the
/// other left behind: with the state cache sized to hold every case, and at its default capacity, which bounds it. Resident size is
/// the process's working set after a full, compacting collection; the managed heap is reported beside it.
/// </summary>
internal static class MemoryScenario
{
    /// <summary>The hidden verb that runs one measurement and prints it as JSON on its last line.</summary>
    public const string ProbeVerb = "memory-probe";

    private const int InFlight = 64;

    public static async Task<ResidentMemory> RunAsync(int openCases)
    {
        var all = await InOwnProcessAsync(openCases, cacheCapacity: openCases);
        var bounded = await InOwnProcessAsync(openCases, cacheCapacity: CaseStateCache.DefaultCapacity);
        var result = all with { BoundedBytes = bounded.Bytes, BoundedBaselineBytes = bounded.BaselineBytes, BoundedCapacity = CaseStateCache.DefaultCapacity, BoundedHeld = bounded.Held };
        Console.WriteLine($"memory: {result}");
        return result;
    }

    /// <summary>The probe's entry point: one measurement, its lines on the console and its result as JSON last.</summary>
    public static async Task<int> ProbeAsync(string open, string capacity)
    {
        var result = await MeasureAsync(int.Parse(open, CultureInfo.InvariantCulture), int.Parse(capacity, CultureInfo.InvariantCulture));
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static async Task<ResidentMemory> InOwnProcessAsync(int openCases, int cacheCapacity)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Started as `dotnet CaseFlow.Bench.dll` the program is the host's argument; started through its apphost (`dotnet run`), it is
        // the process itself.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(MemoryScenario).Assembly.Location);
        }

        foreach (var argument in new[] { ProbeVerb, openCases.ToString(CultureInfo.InvariantCulture), cacheCapacity.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var probe = Process.Start(start) ?? throw new InvalidOperationException("the memory probe did not start");
        var lines = new List<string>();
        while (await probe.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        await probe.WaitForExitAsync();
        if (probe.ExitCode != 0 || lines.Count == 0)
        {
            throw new InvalidOperationException($"the memory probe ({cacheCapacity:N0}) exited with {probe.ExitCode}: {string.Join(Environment.NewLine, lines)}");
        }

        foreach (var line in lines.SkipLast(1))
        {
            Console.WriteLine(line);
        }

        return JsonSerializer.Deserialize<ResidentMemory>(lines[^1]) ?? throw new InvalidOperationException($"the memory probe printed no result: {lines[^1]}");
    }

    private static async Task<ResidentMemory> MeasureAsync(int openCases, int cacheCapacity)
    {
        await using var engine = await EmbeddedEngine.StartAsync(new Dictionary<string, string?>
        {
            [CaseStateCacheOptions.Section + ":" + nameof(CaseStateCacheOptions.StateCacheSize)] = cacheCapacity.ToString(CultureInfo.InvariantCulture),
        });
        var definition = engine.Services.GetRequiredService<DefinitionRegistry>().Current;
        var submitted = SampleCase.Submitted(definition);
        var assigned = SampleCase.AssignedToOffice(definition);
        await BulkCaseWriter.WriteAsync(engine.Database, openCases, "open-", submitted.History[0].At, c => c % 2 == 0 ? submitted : assigned);
        var cases = engine.Services.GetRequiredService<CaseService>();
        var ids = (await engine.Services.GetRequiredService<Engine.History.ICaseStore>().ListAsync(limit: openCases + 1)).Select(c => c.Id).ToList();
        if (ids.Count != openCases)
        {
            throw new InvalidOperationException($"the store lists {ids.Count} cases, {openCases} were written");
        }

        var before = Resident();
        var started = Stopwatch.GetTimestamp();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < ids.Count)
            {
                if (await cases.GetAsync(ids[i]) is null)
                {
                    throw new InvalidOperationException($"case {ids[i]} was written but cannot be read");
                }
            }
        })));
        var loadSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var after = Resident();
        var held = cases.States.Count;
        Console.WriteLine($"  memory, state cache of {cacheCapacity:N0}: {openCases:N0} open cases read in {loadSeconds:F1} s, {held:N0} held; resident {before.Bytes / 1048576.0:F0} → {after.Bytes / 1048576.0:F0} MB, managed heap {before.Heap / 1048576.0:F0} → {after.Heap / 1048576.0:F0} MB");
        GC.KeepAlive(cases);
        return new ResidentMemory(openCases, after.Bytes)
        {
            Capacity = cacheCapacity,
            Held = held,
            BaselineBytes = before.Bytes,
            HeapBytes = after.Heap,
            BaselineHeapBytes = before.Heap,
        };
    }

    private static (long Bytes, long Heap) Resident()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
    }
}
