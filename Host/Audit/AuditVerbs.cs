using System.Globalization;
using System.Text.Json;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Startup;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Audit;

/// <summary>
/// The auditors' verbs: <c>replay CASE-ID</c>, <c>verify</c> and <c>export</c>. Exit codes: 0 all is well, 1 a fault was found,
/// 2 the request itself was wrong (unknown case, bad argument, personal data not allowed).
/// </summary>
public static class AuditVerbs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Runs one audit verb against the configured database.</summary>
    public static async Task<int> RunAsync(string verb, string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        AuditArguments arguments;
        try
        {
            arguments = AuditArguments.Parse(args);
        }
        catch (ArgumentException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 2;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(arguments.Rest);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        builder.Services.AddCaseFlow(builder.Configuration);
        using var host = builder.Build();
        var store = host.Services.GetRequiredService<ICaseStore>();
        await store.InitialiseAsync();
        return verb switch
        {
            "replay" => await ReplayAsync(host.Services, arguments, output, errors),
            "verify" => await VerifyAsync(store, output),
            _ => await ExportAsync(host.Services, arguments, output, errors),
        };
    }

    private static async Task<int> ReplayAsync(IServiceProvider services, AuditArguments arguments, TextWriter output, TextWriter errors)
    {
        if (arguments.Positional.Count != 1 || !Guid.TryParse(arguments.Positional[0], out var caseId))
        {
            await errors.WriteLineAsync("usage: replay CASE-ID [--format text|json]");
            return 2;
        }

        var report = await services.GetRequiredService<CaseAudit>().ReplayAsync(caseId);
        if (report is null)
        {
            await errors.WriteLineAsync($"there is no case {caseId} in the store");
            return 2;
        }

        var shown = report with { State = report.State is null ? null : PersonalData.Mask(report.State) };
        await output.WriteAsync(arguments["--format"] == "json" ? JsonSerializer.Serialize(shown, Json) + Environment.NewLine : AuditText.Replay(shown));
        return report.IsFaithful ? 0 : 1;
    }

    private static async Task<int> VerifyAsync(ICaseStore store, TextWriter output)
    {
        var report = await ChainVerifier.VerifyAsync(store);
        await output.WriteAsync(AuditText.Verify(report));
        return report.IsIntact ? 0 : 1;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, AuditArguments arguments, TextWriter output, TextWriter errors)
    {
        var personal = arguments.On.Contains("--personal-data");
        if (personal && !services.GetRequiredService<IOptions<AuditOptions>>().Value.MaySeePersonalData(arguments["--auditor"]))
        {
            await errors.WriteLineAsync($"auditor '{arguments["--auditor"]}' may not see personal data; allowed auditors are set in CaseFlow:Audit:PersonalDataAuditors");
            return 2;
        }

        var store = services.GetRequiredService<ICaseStore>();
        IReadOnlyList<Engine.Cases.CaseEvent> events;
        if (arguments["--case"] is { } caseText && Guid.TryParse(caseText, out var caseId))
        {
            events = await store.ReadAsync(caseId);
        }
        else if (TryInstant(arguments["--from"], out var from) && TryInstant(arguments["--to"], out var to))
        {
            events = await HistoryExport.PeriodAsync(store, from, to);
        }
        else
        {
            await errors.WriteLineAsync("usage: export (--case CASE-ID | --from INSTANT --to INSTANT) [--format json|csv] [--output FILE] [--personal-data --auditor NAME]");
            return 2;
        }

        var text = arguments["--format"] == "csv" ? HistoryExport.ToCsv(events, personal) : HistoryExport.ToJson(events, personal);
        if (arguments["--output"] is { } file)
        {
            await File.WriteAllTextAsync(file, text);
            await output.WriteLineAsync($"exported {events.Count} events to {Path.GetFullPath(file)}");
        }
        else
        {
            await output.WriteAsync(text);
        }

        return 0;
    }

    private static bool TryInstant(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
}
