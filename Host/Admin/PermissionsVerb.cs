using System.CommandLine;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Startup;
using CaseFlow.Workflows.Documentation;
using CaseFlow.Workflows.Loading;

namespace CaseFlow.Host.Admin;

/// <summary>
/// The <c>permissions [path]</c> verb: prints who may send each command, as a definition declares it, as the Markdown table the
/// administrators' page (docs/administrators.md) carries. Exits 0, 1 when the definition is invalid (errors printed), 2 when the file cannot be read.
/// </summary>
internal static class PermissionsVerb
{
    /// <summary>The <c>permissions [path]</c> command.</summary>
    internal static Command Command(VerbContext context)
    {
        var path = VerbFiles.PathArgument("The workflows.json to read (default: the configured CaseFlow:Definition).");
        var command = new Command("permissions", "Print who may send each command, as the definition declares it (a Markdown table).") { path };
        command.SetAction(parsed => Run(VerbFiles.Resolve(parsed.GetValue(path), VerbHost.Configuration(context.Settings)), context.Output, context.Error));
        return command;
    }

    private static int Run(string path, TextWriter output, TextWriter error)
    {
        if (VerbFiles.TryRead("permissions", path, error) is not { } text)
        {
            return VerbFiles.Unreadable;
        }

        var result = DefinitionLoader.Parse(text);
        if (!result.IsValid)
        {
            VerbFiles.PrintErrors(path, result.Errors, error);
            return VerbFiles.Invalid;
        }

        output.Write(PermissionTable.Markdown(result.Definition!));
        return VerbFiles.Valid;
    }
}
