namespace CaseFlow.Workflows.Tests;

/// <summary>The repository's real definition files, found by walking up from the test output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<string> DefinitionText = new(() => File.ReadAllText(DefinitionPath));

    /// <summary>The path of the real workflows.json.</summary>
    public static string DefinitionPath => Path.Combine(Root.Value, "workflows.json");

    /// <summary>The path of workflows.schema.json beside it.</summary>
    public static string SchemaPath => Path.Combine(Root.Value, "workflows.schema.json");

    /// <summary>The text of the real workflows.json, read once.</summary>
    public static string Definition => DefinitionText.Value;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "workflows.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no workflows.json in {TestContext.CurrentContext.TestDirectory} or any folder above it");
    }
}
