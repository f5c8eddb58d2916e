using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Micro;

/// <summary>workflows.json as copied beside the program, read and compiled once for the micro-benchmarks' set-up.</summary>
internal static class MicroDefinition
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "workflows.json");

    public static string Json => File.ReadAllText(Path);

    public static CompiledDefinition Compiled => CompiledDefinition.LoadFile(Path);
}
