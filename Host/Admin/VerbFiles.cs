using System.CommandLine;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Configuration;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Host.Admin;

/// <summary>What the definition verbs share: finding the file they were given, reading it, and printing errors.</summary>
internal static class VerbFiles
{
    /// <summary>Exit code: the definition is valid (validate) or was published (publish).</summary>
    public const int Valid = VerbContext.Done;

    /// <summary>Exit code: the definition has errors.</summary>
    public const int Invalid = VerbContext.Fault;

    /// <summary>Exit code: the file could not be read, or the command line was wrong.</summary>
    public const int Unreadable = VerbContext.Wrong;

    /// <summary>The CaseFlow settings as a verb sees them (the appsettings.json beside the program, the environment, <c>--CaseFlow:…=…</c>).</summary>
    public static CaseFlowOptions Options(IConfiguration configuration) =>
        configuration.GetSection(CaseFlowOptions.Section).Get<CaseFlowOptions>() ?? new CaseFlowOptions();

    /// <summary>A definition file argument: taken from the folder the command was typed in; none: the configured CaseFlow:Definition.</summary>
    public static Argument<string?> PathArgument(string description) => new("path") { Description = description, Arity = ArgumentArity.ZeroOrOne };

    /// <summary>The path given (from the folder the command was typed in), else the configured CaseFlow:Definition.</summary>
    public static string Resolve(string? given, IConfiguration configuration) =>
        given is null ? Options(configuration).ResolveDefinitionPath() : CliOptions.FromInvocation(given);

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
}
