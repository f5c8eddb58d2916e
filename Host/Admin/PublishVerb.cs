using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Startup;
using CaseFlow.Workflows.Compilation;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Admin;

/// <summary>
/// The <c>publish [path]</c> verb: validates a definition file and stores it in the configured database as a new version (or makes
/// the version with the same content current again). A running service on that database adopts it at its next poll. Exits 0 when
/// published, 1 when invalid (nothing stored), 2 when the file cannot be read.
/// </summary>
public static class PublishVerb
{
    /// <summary>Publishes the file named in <paramref name="args"/> (default: the configured workflows.json); <c>--CaseFlow:Database=…</c> (or <c>--CaseFlow:Store=Postgres</c>) picks the store.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Contains("--help") || args.Contains("-h"))
        {
            output.WriteLine("usage: publish [path] [--CaseFlow:Database=caseflow.db | --CaseFlow:Store=Postgres --CaseFlow:Postgres:ConnectionString=…]   validate a workflows.json and store it as the current definition version");
            return VerbFiles.Valid;
        }

        var configuration = VerbFiles.Configuration(args);
        var options = VerbFiles.Options(configuration);
        var path = VerbFiles.Resolve(args, options);
        if (VerbFiles.TryRead("publish", path, error) is not { } text)
        {
            return VerbFiles.Unreadable;
        }

        ICaseStore store;
        try
        {
            store = CaseStoreFactory.Create(configuration);
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine($"publish: {e.Message}");
            return VerbFiles.Unreadable;
        }

        await store.InitialiseAsync();
        using var registry = new DefinitionRegistry((IDefinitionStore)store);
        await registry.LoadCurrentAsync();
        try
        {
            var publication = await registry.PublishAsync(text, PublicationOrigin.File(path, "publish verb"));
            var what = publication.Created ? "a new version" : publication.BecameCurrent ? "a version stored before, current again" : "unchanged: already the current version";
            output.WriteLine($"{path}: published as version {publication.Version.Number} ({what}) in {CaseStoreFactory.Describe(configuration)}");
            return VerbFiles.Valid;
        }
        catch (InvalidDefinitionException e)
        {
            VerbFiles.PrintErrors(path, e.Errors, output);
            output.WriteLine($"nothing was published{(registry.HasCurrent ? $"; version {registry.CurrentVersion} stays current" : "")}");
            return VerbFiles.Invalid;
        }
    }
}
