using CaseFlow.Host.Configuration;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Host.Admin;

/// <summary>What the definition verbs share: finding the file they were given, reading it, and printing errors.</summary>
internal static class VerbFiles
{
    /// <summary>Exit code: the definition is valid (validate) or was published (publish).</summary>
    public const int Valid = 0;

    /// <summary>Exit code: the definition has errors.</summary>
    public const int Invalid = 1;

    /// <summary>Exit code: the file could not be read, or the command line was wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>The service's settings (appsettings.json, the environment, <c>--CaseFlow:…=…</c> arguments), so a verb reads and writes where the service does.</summary>
    public static CaseFlowOptions Options(string[] args) => Options(Configuration(args));

    /// <summary>The CaseFlow settings in a configuration a verb has read.</summary>
    public static CaseFlowOptions Options(IConfiguration configuration) =>
        configuration.GetSection(CaseFlowOptions.Section).Get<CaseFlowOptions>() ?? new CaseFlowOptions();

    /// <summary>The service's whole configuration as a verb sees it (appsettings.json, the environment, <c>--…=…</c> arguments).</summary>
    public static IConfiguration Configuration(string[] args) =>
        Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(args.Where(IsSetting).ToArray()).Configuration;

    /// <summary>
    /// The definition path: the first argument that is not an option (taken from the folder the command was typed in, even under
    /// <c>dotnet run</c>), else the configured CaseFlow:Definition.
    /// </summary>
    public static string Resolve(string[] args, CaseFlowOptions options)
    {
        var given = args.FirstOrDefault(a => !IsSetting(a));
        return given is null ? options.ResolveDefinitionPath() : Path.GetFullPath(given, InvocationDirectory());
    }

    /// <summary>The file's text, or null after saying on <paramref name="error"/> why it could not be read.</summary>
    public static string? TryRead(string verb, string path, TextWriter error)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error.WriteLine($"{verb}: cannot read {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>One line per error, its JSON path first, as editors and pipelines read them.</summary>
    public static void PrintErrors(string path, IReadOnlyList<DefinitionError> errors, TextWriter output)
    {
        output.WriteLine($"{path}: {errors.Count} error(s)");
        foreach (var e in errors)
        {
            output.WriteLine($"  {e.Path}: {e.Message}");
        }
    }

    private static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal);

    /// <summary>The shell's directory (its PWD, which <c>dotnet run</c> leaves alone), else the working directory.</summary>
    private static string InvocationDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Path.IsPathFullyQualified(shell) && Directory.Exists(shell)
            ? shell
            : Environment.CurrentDirectory;
}
