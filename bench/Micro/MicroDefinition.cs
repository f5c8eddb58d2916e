using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Micro;

/// <summary>workflows.json, found as the service finds it, read and compiled once for the micro-benchmarks' set-up.</summary>
internal static class MicroDefinition
{
    public static string Path { get; } = new CaseFlow.Host.Configuration.CaseFlowOptions().ResolveDefinitionPath();

    public static string Json => File.ReadAllText(Path);

    public static CompiledDefinition Compiled => CompiledDefinition.LoadFile(Path);
}
