using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Privacy;
using CaseFlow.Host.Startup;

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
        if (AuditArguments.ParseOrSay(args, errors) is not { } arguments)
        {
            return 2;
        }

        using var host = await VerbHost.OpenAsync(arguments.Rest);
        var store = host.Services.GetRequiredService<ICaseStore>();
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

        var shown = await services.GetRequiredService<PersonalDataVault>().ShowAsync(report, disclose: false, CancellationToken.None);
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
        if (personal && await PersonalDataRefusalAsync(services, arguments) is { } refusal)
        {
            await errors.WriteLineAsync(refusal);
            return 2;
        }

        var store = services.GetRequiredService<ICaseStore>();
        ExportScope scope;
        Disclosure? disclosure = personal
            ? new Disclosure { At = services.GetRequiredService<TimeProvider>().GetUtcNow(), Auditor = arguments["--auditor"]!, What = "export (verb)", Reason = Http.PersonalDataGate.ValidReason(arguments["--reason"])! }
            : null;
        if (arguments["--case"] is { } caseText && Guid.TryParse(caseText, out var caseId))
        {
            scope = ExportScope.Case(caseId);
            disclosure = disclosure is null ? null : disclosure with { CaseId = caseId };
        }
        else if (TryInstant(arguments["--from"], out var from) && TryInstant(arguments["--to"], out var to))
        {
            // On the machine itself an operator may export more than a year at once; the dates must still be real ones.
            if ((InputLimits.DateProblem("--from", from) ?? InputLimits.DateProblem("--to", to)) is { } outOfRange)
            {
                await errors.WriteLineAsync(outOfRange);
                return 2;
            }

            scope = ExportScope.Period(from, to);
            disclosure = disclosure is null ? null : disclosure with { From = from, To = to };
        }
        else
        {
            await errors.WriteLineAsync("usage: export (--case CASE-ID | --from INSTANT --to INSTANT) [--format json|csv] [--output FILE] [--personal-data --auditor ACCOUNT --reason TEXT]");
            return 2;
        }

        if (disclosure is not null)
        {
            await services.GetRequiredService<IDisclosureLog>().RecordDisclosureAsync(disclosure);
        }

        var vault = services.GetRequiredService<PersonalDataVault>();

        // Written event by event as the store is read, to the file or the output: an export of any size takes the memory of one event.
        var format = arguments["--format"] == "csv" ? "csv" : "json";
        if (arguments["--output"] is { } file)
        {
            long count;
            await using (var writer = OwnerOnlyFile.CreateWriter(file))
            {
                count = await HistoryDownload.WriteAsync(writer, vault.ShowEachAsync(scope.ReadAsync(store, null), personal), format, personal);
            }

            await output.WriteLineAsync($"exported {count} events to {Path.GetFullPath(file)}");
        }
        else
        {
            await HistoryDownload.WriteAsync(output, vault.ShowEachAsync(scope.ReadAsync(store, null), personal), format, personal);
        }

        return 0;
    }

    /// <summary>
    /// Why personal data may not be exported, or null: the verb reads the database directly, so it asks what the HTTP API asks — an
    /// enabled account with the auditor role, and a reason — and records the disclosure the same way.
    /// </summary>
    private static async Task<string?> PersonalDataRefusalAsync(IServiceProvider services, AuditArguments arguments)
    {
        var name = arguments["--auditor"];
        var account = string.IsNullOrWhiteSpace(name) ? null : await services.GetRequiredService<IAccountStore>().FindAccountAsync(name);
        if (account is null || account.Disabled || !account.Roles.Contains(AccountRoles.Auditor, StringComparer.Ordinal))
        {
            return $"--personal-data needs --auditor naming an enabled account with the auditor role ('{name}' is not one; give the role with: user add NAME --role auditor)";
        }

        return Http.PersonalDataGate.ValidReason(arguments["--reason"]) is null
            ? $"--personal-data needs --reason saying why you need reporters' phone and ID numbers ({Http.PersonalDataGate.ReasonRule}); it is recorded with the disclosure"
            : null;
    }

    private static bool TryInstant(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
}
