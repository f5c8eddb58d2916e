namespace CaseFlow.Host.Tests.Http;

/// <summary>The committed docs/openapi.json, and how to write it again from the service.</summary>
internal static class OpenApiFile
{
    /// <summary>The environment variable that makes the document check write the file instead of comparing it.</summary>
    public const string RegenerateVariable = "CASEFLOW_REGENERATE";

    public const string RegenerateCommand =
        "CASEFLOW_REGENERATE=1 dotnet test tests/Host.Tests -c Release --filter \"FullyQualifiedName~OpenApi\"";

    public static string PathInRepository => Path.Combine(Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!, "docs", "openapi.json");

    public static bool Regenerating => Environment.GetEnvironmentVariable(RegenerateVariable) == "1";

    public static string ReadText()
    {
        Assert.That(File.Exists(PathInRepository), Is.True, $"{PathInRepository} is missing; write it with `{RegenerateCommand}`");
        return File.ReadAllText(PathInRepository).ReplaceLineEndings("\n");
    }
}
