using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Domain.Tests;

/// <summary>The township's real workflows.json, found by walking up from the test output directory.</summary>
internal static class WorkflowsFile
{
    private static readonly Lazy<string> FoundPath = new(Find);
    private static readonly Lazy<CompiledDefinition> Compiled = new(() => CompiledDefinition.LoadFile(Path));

    /// <summary>The file's full path.</summary>
    public static string Path => FoundPath.Value;

    /// <summary>The file, loaded, validated and compiled.</summary>
    public static CompiledDefinition Definition => Compiled.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "workflows.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"workflows.json was not found in {TestContext.CurrentContext.TestDirectory} or any directory above it");
    }
}
