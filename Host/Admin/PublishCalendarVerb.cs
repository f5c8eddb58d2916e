using System.CommandLine;
using CaseFlow.Engine.Calendars;
using CaseFlow.Host.Cli;
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
internal static class PublishCalendarVerb
{
    /// <summary>The <c>publish-calendar path</c> command; <c>--CaseFlow:Database=…</c> (or <c>--CaseFlow:Store=Postgres</c>) picks the store.</summary>
    internal static Command Command(VerbContext context)
    {
        var path = new Argument<string>("path") { Description = "The calendar file: a definition's calendar section on its own (timeZone, years with holidays and make-up days)." };
        var command = new Command("publish-calendar", "Validate a working calendar and store it as the current calendar version; recomputes the provisional deadlines it settles.") { path };
        command.SetAction(parsed => RunAsync(CliOptions.FromInvocation(parsed.GetValue(path)!), VerbHost.Configuration(context.Settings), context.Output, context.Error));
        return command;
    }

    private static async Task<int> RunAsync(string path, IConfiguration configuration, TextWriter output, TextWriter error)
    {
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
