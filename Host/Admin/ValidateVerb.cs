using CaseFlow.Workflows.Loading;

namespace CaseFlow.Host.Admin;

/// <summary>
/// The <c>validate [path]</c> verb for editors and pipelines: checks a definition file against the schema and every rule, prints every
/// error with its JSON path, and exits 0 when valid, 1 when invalid, 2 when the file cannot be read.
/// </summary>
public static class ValidateVerb
{
    /// <summary>Validates the file named in <paramref name="args"/> (default: the configured workflows.json).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Contains("--help") || args.Contains("-h"))
        {
            output.WriteLine("usage: validate [path] [--CaseFlow:Definition=workflows.json]   check a workflows.json; exit 0 valid, 1 invalid (errors printed with their JSON paths), 2 unreadable");
            return VerbFiles.Valid;
        }

        var path = VerbFiles.Resolve(args, VerbFiles.Options(args));
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
