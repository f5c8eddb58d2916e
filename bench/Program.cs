using CaseFlow.Bench.Embedded;
using CaseFlow.Bench.Suite;

// The benchmark suite (issue #8): ./bench.sh runs it all and writes bench/results/latest.json and latest.md.
// One measurement of the memory part, in a process of its own (MemoryScenario starts it): prints its result as JSON.
if (args is [MemoryScenario.ProbeVerb, var open, var capacity])
{
    return await MemoryScenario.ProbeAsync(open, capacity);
}

if (args is ["--help" or "-h"] || BenchArguments.Parse(args) is not { } arguments)
{
    Console.WriteLine(BenchArguments.Usage);
    return args is ["--help" or "-h"] ? 0 : 2;
}

return await BenchSuite.RunAsync(arguments);
