using CaseFlow.Workflows.Documentation;
using CaseFlow.Workflows.Loading;

namespace CaseFlow.Host.Admin;

/// <summary>
/// The <c>permissions [path]</c> verb: prints who may send each command, as a definition declares it, as the Markdown table the
/// README carries. Exits 0, 1 when the definition is invalid (errors printed), 2 when the file cannot be read.
/// </summary>
public static class PermissionsVerb
{
    /// <summary>Prints the table for the file named in <paramref name="args"/> (default: the configured workflows.json).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Contains("--help") || args.Contains("-h"))
        {
            output.WriteLine("usage: permissions [path] [--CaseFlow:Definition=workflows.json]   print who may send each command (Markdown); exit 0, 1 invalid definition, 2 unreadable");
            return VerbFiles.Valid;
        }

        var path = VerbFiles.Resolve(args, VerbFiles.Options(args));
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
