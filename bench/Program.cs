using CaseFlow.Bench.Embedded;
using CaseFlow.Bench.Suite;

// The benchmark suite (issue #8): ./bench.sh runs it all and writes bench/results/latest.json and latest.md.
// One measurement of the memory part, in a process of its own (MemoryScenario starts it): prints its result as JSON.
if (args is [MemoryScenario.ProbeVerb, var open, var capacity])
{
    return await MemoryScenario.ProbeAsync(open, capacity);
}

// The plots drawn again from a results file (after a change to how they are drawn): plots [DIR], DIR/latest.json by default.
if (args is ["plots", ..] && args.Length <= 2)
{
    return await BenchSuite.RedrawPlotsAsync(args.Length == 2 ? args[1] : Path.Combine("bench", "results"));
}

if (args is ["--help" or "-h"] || BenchArguments.Parse(args) is not { } arguments)
{
    Console.WriteLine(BenchArguments.Usage);
    return args is ["--help" or "-h"] ? 0 : 2;
}

return await BenchSuite.RunAsync(arguments);
