using System.CommandLine;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Cli;
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
internal static class PublishVerb
{
    /// <summary>The <c>publish [path]</c> command; <c>--CaseFlow:Database=…</c> (or <c>--CaseFlow:Store=Postgres</c>) picks the store.</summary>
    internal static Command Command(VerbContext context)
    {
        var path = VerbFiles.PathArgument("The workflows.json to publish (default: the configured CaseFlow:Definition).");
        var command = new Command("publish", "Validate a workflows.json and store it in the configured database as the current definition version.") { path };
        command.SetAction(parsed =>
        {
            var configuration = VerbHost.Configuration(context.Settings);
            return RunAsync(VerbFiles.Resolve(parsed.GetValue(path), configuration), configuration, context.Output, context.Error);
        });
        return command;
    }

    private static async Task<int> RunAsync(string path, IConfiguration configuration, TextWriter output, TextWriter error)
    {
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
