using BenchmarkDotNet.Attributes;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Micro;

/// <summary>workflows.json (the whole township: organisation, 30 categories, six workflows) parsed, schema- and rule-validated and compiled.</summary>
[MemoryDiagnoser]
public class DefinitionBenchmarks
{
    private string _json = "";

    [GlobalSetup]
    public void Setup() => _json = MicroDefinition.Json;

    [Benchmark(Description = "definition: load + validate + compile workflows.json")]
    public CompiledDefinition LoadValidateCompile() => CompiledDefinition.Parse(_json);
}
