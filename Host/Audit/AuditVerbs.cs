using System.CommandLine;
using System.Text;
using System.Text.Json;
using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Privacy;
using CaseFlow.Host.Startup;

namespace CaseFlow.Host.Audit;

/// <summary>
/// The auditors' verbs: <c>replay CASE-ID</c>, <c>verify</c> and <c>export</c>. Exit codes: 0 all is well, 1 a fault was found,
/// 2 the request itself was wrong (unknown case, bad argument, personal data not allowed).
/// </summary>
internal static class AuditVerbs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The <c>replay</c>, <c>verify</c> and <c>export</c> commands.</summary>
    internal static IEnumerable<Command> Commands(VerbContext context)
    {
        var caseId = CliOptions.CaseId("The case to replay.");
        var replayFormat = CliOptions.OneOf("--format", "Text for people, JSON for programs.", "text", "json");
        var replay = new Command("replay", "Replay one case's history through its definition and say whether each step is faithful (exit 1 when not).") { caseId, replayFormat };
        replay.SetAction(async parsed =>
        {
            using var host = await VerbHost.OpenAsync(context.Settings);
            return await ReplayAsync(host.Services, parsed.GetValue(caseId), parsed.GetValue(replayFormat)!, context);
        });

        var verify = new Command("verify", "Check every case's hash chain in the store, and every attachment's stored bytes against the SHA-256 its event recorded (exit 1 when a chain is broken or a file was swapped or lost).");
        verify.SetAction(async _ =>
        {
            using var host = await VerbHost.OpenAsync(context.Settings);
            return await VerifyAsync(host.Services.GetRequiredService<ICaseStore>(), host.Services.GetRequiredService<Engine.Attachments.AttachmentService>(), context);
        });

        var exportCase = new Option<Guid?>("--case") { Description = "Export one case's history.", HelpName = "CASE-ID" };
        var from = CliOptions.Instant("--from", "Export the events recorded from this instant …");
        var to = CliOptions.Instant("--to", "… until this instant (exclusive).");
        var format = CliOptions.OneOf("--format", "JSON (one array) or CSV (one row per event).", "json", "csv");
        var file = new Option<string?>("--output") { Description = "Write to this file (created readable by its owner only) instead of standard output.", HelpName = "FILE" };
        var personal = new Option<bool>("--personal-data") { Description = "Include reporters' phone and ID numbers; needs --auditor and --reason, and is recorded as a disclosure." };
        var auditor = new Option<string?>("--auditor") { Description = "The auditor account the disclosure is recorded against.", HelpName = "ACCOUNT" };
        var reason = new Option<string?>("--reason") { Description = "Why the personal data is needed; recorded with the disclosure.", HelpName = "TEXT" };
        var export = new Command("export", "Export histories, one case (--case) or a period (--from and --to), as JSON or CSV.") { exportCase, from, to, format, file, personal, auditor, reason };
        export.Validators.Add(result =>
        {
            var byCase = result.GetResult(exportCase) is not null;
            var byPeriod = result.GetResult(from) is not null || result.GetResult(to) is not null;
            if (byCase == byPeriod || (byPeriod && (result.GetResult(from) is null || result.GetResult(to) is null)))
            {
                result.AddError("export needs either --case CASE-ID or both --from INSTANT and --to INSTANT");
            }
        });
        export.SetAction(async parsed =>
        {
            var request = new ExportRequest(
                parsed.GetValue(exportCase), parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(format)!,
                parsed.GetValue(file) is { } path ? CliOptions.FromInvocation(path) : null, parsed.GetValue(personal), parsed.GetValue(auditor), parsed.GetValue(reason));
            using var host = await VerbHost.OpenAsync(context.Settings);
            return await ExportAsync(host.Services, request, context);
        });

        return [replay, verify, export];
    }

    private static async Task<int> ReplayAsync(IServiceProvider services, Guid caseId, string format, VerbContext context)
    {
        var report = await services.GetRequiredService<CaseAudit>().ReplayAsync(caseId);
        if (report is null)
        {
            await context.Error.WriteLineAsync($"there is no case {caseId} in the store");
            return VerbContext.Wrong;
        }

        var shown = await services.GetRequiredService<PersonalDataVault>().ShowAsync(report, disclose: false, CancellationToken.None);
        await context.Output.WriteAsync(format == "json" ? JsonSerializer.Serialize(shown, Json) + Environment.NewLine : AuditText.Replay(shown));
        return report.IsFaithful ? VerbContext.Done : VerbContext.Fault;
    }

    private static async Task<int> VerifyAsync(ICaseStore store, Engine.Attachments.AttachmentService attachments, VerbContext context)
    {
        var heads = await store.ListHeadsAsync();
        var report = await VerbProgress.RunAsync(context, "verify", "cases checked", heads.Count, progress => ChainVerifier.VerifyAsync(store, attachments, progress));
        await context.Output.WriteAsync(AuditText.Verify(report));
        return report.IsIntact ? VerbContext.Done : VerbContext.Fault;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, ExportRequest request, VerbContext context)
    {
        if (request.PersonalData && await PersonalDataRefusalAsync(services, request) is { } refusal)
        {
            await context.Error.WriteLineAsync(refusal);
            return VerbContext.Wrong;
        }

        var store = services.GetRequiredService<ICaseStore>();
        ExportScope scope;
        Disclosure? disclosure = request.PersonalData
            ? new Disclosure { At = services.GetRequiredService<TimeProvider>().GetUtcNow(), Auditor = request.Auditor!, What = "export (verb)", Reason = Http.PersonalDataGate.ValidReason(request.Reason)! }
            : null;
        if (request.Case is { } caseId)
        {
            scope = ExportScope.Case(caseId);
            disclosure = disclosure is null ? null : disclosure with { CaseId = caseId };
        }
        else
        {
            var (from, to) = (request.From!.Value, request.To!.Value);

            // On the machine itself an operator may export more than a year at once; the dates must still be real ones.
            if ((InputLimits.DateProblem("--from", from) ?? InputLimits.DateProblem("--to", to)) is { } outOfRange)
            {
                await context.Error.WriteLineAsync(outOfRange);
                return VerbContext.Wrong;
            }

            scope = ExportScope.Period(from, to);
            disclosure = disclosure is null ? null : disclosure with { From = from, To = to };
        }

        if (disclosure is not null)
        {
            await services.GetRequiredService<IDisclosureLog>().RecordDisclosureAsync(disclosure);
        }

        var vault = services.GetRequiredService<PersonalDataVault>();

        // Written event by event as the store is read, to the file or the output: an export of any size takes the memory of one event.
        if (request.Output is { } file)
        {
            var count = await VerbProgress.RunAsync(context, "export", "events written", null, async progress =>
            {
                await using var writer = OwnerOnlyFile.CreateWriter(file);
                return await HistoryDownload.WriteAsync(writer, Counted(vault.ShowEachAsync(scope.ReadAsync(store, null), request.PersonalData), progress), request.Format, request.PersonalData, store);
            });
            await context.Output.WriteLineAsync($"exported {count} events to {file}");
        }
        else
        {
            await HistoryDownload.WriteAsync(context.Output, vault.ShowEachAsync(scope.ReadAsync(store, null), request.PersonalData), request.Format, request.PersonalData, store);
        }

        return VerbContext.Done;
    }

    /// <summary>The events as they pass, counted for the progress shown while an export is written to a file.</summary>
    private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> items, IProgress<long> progress)
    {
        long count = 0;
        await foreach (var item in items)
        {
            yield return item;
            if (++count % 1_000 == 0)
            {
                progress.Report(count);
            }
        }

        progress.Report(count);
    }

    /// <summary>
    /// Why personal data may not be exported, or null: the verb reads the database directly, so it asks what the HTTP API asks — an
    /// enabled account with the auditor role, and a reason — and records the disclosure the same way.
    /// </summary>
    private static async Task<string?> PersonalDataRefusalAsync(IServiceProvider services, ExportRequest request)
    {
        var name = request.Auditor;
        var account = string.IsNullOrWhiteSpace(name) ? null : await services.GetRequiredService<IAccountStore>().FindAccountAsync(name);
        if (account is null || account.Disabled || !account.Roles.Contains(AccountRoles.Auditor, StringComparer.Ordinal))
        {
            return $"--personal-data needs --auditor naming an enabled account with the auditor role ('{name}' is not one; give the role with: user add NAME --role auditor)";
        }

        return Http.PersonalDataGate.ValidReason(request.Reason) is null
            ? $"--personal-data needs --reason saying why you need reporters' phone and ID numbers ({Http.PersonalDataGate.ReasonRule}); it is recorded with the disclosure"
            : null;
    }

    /// <summary>What an export was asked for: one case, or a period; the format; a file or standard output; personal data or not.</summary>
    private sealed record ExportRequest(Guid? Case, DateTimeOffset? From, DateTimeOffset? To, string Format, string? Output, bool PersonalData, string? Auditor, string? Reason);
}
