using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Startup;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Admin;

/// <summary>
/// The <c>publish-calendar path</c> verb: validates a working calendar file and stores it in the configured database as the next
/// calendar version, then recomputes the provisional deadlines it settles (each case records the change). A running service on
/// that database reads the version when it next meets it. Exits 0 when published, 1 when invalid (nothing stored), 2 when the
/// file cannot be read.
/// </summary>
public static class PublishCalendarVerb
{
    /// <summary>Publishes the calendar file named in <paramref name="args"/>; <c>--CaseFlow:Database=…</c> (or <c>--CaseFlow:Store=Postgres</c>) picks the store.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Contains("--help") || args.Contains("-h") || !args.Any(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            output.WriteLine("usage: publish-calendar calendar.json [--CaseFlow:Database=caseflow.db | --CaseFlow:Store=Postgres --CaseFlow:Postgres:ConnectionString=…]   validate a working calendar (a definition's calendar section on its own) and store it as the current calendar version");
            return args.Contains("--help") || args.Contains("-h") ? VerbFiles.Valid : VerbFiles.Unreadable;
        }

        var configuration = VerbFiles.Configuration(args);
        var path = VerbFiles.Resolve(args, VerbFiles.Options(configuration));
        if (VerbFiles.TryRead("publish-calendar", path, error) is not { } text)
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
            error.WriteLine($"publish-calendar: {e.Message}");
            return VerbFiles.Unreadable;
        }

        await store.InitialiseAsync();
        using var registry = new DefinitionRegistry((IDefinitionStore)store);
        await registry.LoadCurrentAsync();
        try
        {
            var publication = await registry.Calendars.PublishAsync(text, PublicationOrigin.File(path, "publish-calendar verb"));
            if (!publication.Created)
            {
                output.WriteLine($"{path}: unchanged: already calendar version {publication.Version.Number} in {CaseStoreFactory.Describe(configuration)}");
                return VerbFiles.Valid;
            }

            var report = registry.HasCurrent
                ? await new DeadlineRecomputer(store, registry, TimeProvider.System, NullLogger<DeadlineRecomputer>.Instance).RecomputeAsync("publish-calendar verb")
                : new RecomputationReport(publication.Version.Number, [], []);
            output.WriteLine($"{path}: published as calendar version {publication.Version.Number} in {CaseStoreFactory.Describe(configuration)}; {report.Recomputed.Count} provisional deadline(s) recomputed, {report.StillProvisional.Count} case(s) still provisional");
            return VerbFiles.Valid;
        }
        catch (InvalidCalendarException e)
        {
            VerbFiles.PrintErrors(path, e.Errors, output);
            output.WriteLine($"nothing was published{(registry.Calendars.CurrentInfo is { } current ? $"; calendar version {current.Number} stays current" : "")}");
            return VerbFiles.Invalid;
        }
    }
}
