using System.CommandLine;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Startup;
using CaseFlow.Workflows.Loading;

namespace CaseFlow.Host.Admin;

/// <summary>
/// The <c>validate [path]</c> verb for editors and pipelines: checks a definition file against the schema and every rule, prints every
/// error with its JSON path, and exits 0 when valid, 1 when invalid, 2 when the file cannot be read.
/// </summary>
internal static class ValidateVerb
{
    /// <summary>The <c>validate [path]</c> command.</summary>
    internal static Command Command(VerbContext context)
    {
        var path = VerbFiles.PathArgument("The workflows.json to check (default: the configured CaseFlow:Definition).");
        var command = new Command("validate", "Check a workflows.json against the schema and every rule; exit 1 with each error and its JSON path when invalid.") { path };
        command.SetAction(parsed => Run(VerbFiles.Resolve(parsed.GetValue(path), VerbHost.Configuration(context.Settings)), context.Output, context.Error));
        return command;
    }

    private static int Run(string path, TextWriter output, TextWriter error)
    {
        if (VerbFiles.TryRead("validate", path, error) is not { } text)
        {
            return VerbFiles.Unreadable;
        }

        var result = DefinitionLoader.Parse(text);
        if (!result.IsValid)
        {
            VerbFiles.PrintErrors(path, result.Errors, output);
            return VerbFiles.Invalid;
        }

        var definition = result.Definition!;
        output.WriteLine($"{path}: valid — workflow set '{definition.Id}', {definition.Categories.Count} categories, {definition.Workflows.Count} workflows, content hash {result.ContentHash[..12]}");
        return VerbFiles.Valid;
    }
}
