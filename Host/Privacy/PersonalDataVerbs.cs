using System.CommandLine;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Startup;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Privacy;

/// <summary>
/// The verbs that look after personal data at rest, against the configured store: <c>erase</c> destroys a case's key;
/// <c>keys status|rotate|rewrap|retire</c> manage the master keys. Exit codes: 0 done, 1 a fault, 2 the request was wrong.
/// </summary>
internal static class PersonalDataVerbs
{
    /// <summary>The <c>erase CASE-ID --reason TEXT --by NAME</c> command.</summary>
    internal static Command EraseCommand(VerbContext context)
    {
        var caseId = CliOptions.CaseId("The case whose reporter's personal data is destroyed.");
        var reason = new Option<string>("--reason") { Description = "Why (e.g. the reporter's request under PIPL art. 47); recorded in the case's history.", HelpName = "TEXT", Required = true };
        var by = new Option<string>("--by") { Description = "Who erases it; recorded with the reason.", HelpName = "NAME", Required = true };
        var command = new Command("erase", "Destroy a case's personal-data key, so its reporter's phone and ID numbers can never be read again.") { caseId, reason, by };
        command.SetAction(async parsed =>
        {
            using var host = await VerbHost.OpenAsync(context.Settings);
            return await EraseAsync(host.Services, host.Services.GetRequiredService<ICaseStore>(), parsed.GetValue(caseId), parsed.GetValue(reason)!, parsed.GetValue(by)!, context);
        });
        return command;
    }

    /// <summary>The <c>keys status|rotate|rewrap|retire</c> command.</summary>
    internal static Command KeysCommand(VerbContext context)
    {
        var keys = new Command("keys", "Manage the master keys that wrap each case's personal-data key. Restart every instance after rotate, then run rewrap once more.");
        foreach (var (name, description) in new[]
        {
            ("status", "Which master keys wrap how many cases' keys (exit 1 when a case's key is wrapped with a key this service does not hold)."),
            ("rotate", "Make a new master key the active one (key file only) and re-wrap every case's key with it."),
            ("rewrap", "Re-wrap every case's key not yet wrapped with the active master key."),
            ("retire", "Remove from the key file the master keys no case's key is wrapped with any longer."),
        })
        {
            var action = new Command(name, description);
            action.SetAction(async _ =>
            {
                using var host = await VerbHost.OpenAsync(context.Settings);
                return await KeysAsync(host.Services, name, context.Output, context.Error);
            });
            keys.Add(action);
        }

        return keys;
    }

    private static async Task<int> EraseAsync(IServiceProvider services, ICaseStore store, Guid caseId, string reason, string by, VerbContext context)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            await context.Error.WriteLineAsync("--by must name who erases the personal data; it is recorded with the reason");
            return VerbContext.Wrong;
        }

        if (Erasures.ReasonProblem(reason) is { } problem)
        {
            await context.Error.WriteLineAsync(problem);
            return VerbContext.Wrong;
        }

        var outcome = await Erasures.EraseAsync(
            store, services.GetRequiredService<PersonalDataVault>(), caseId, $"{by.Trim()} (erase verb)", reason,
            services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
        await (outcome.Status == ErasureStatus.Erased ? context.Output : context.Error).WriteLineAsync(outcome.Message);
        return outcome.Status == ErasureStatus.Erased ? VerbContext.Done : VerbContext.Wrong;
    }

    private static async Task<int> KeysAsync(IServiceProvider services, string action, TextWriter output, TextWriter errors)
    {
        var options = services.GetRequiredService<IOptions<PersonalDataOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var vault = services.GetRequiredService<PersonalDataVault>();
        if (action is "rotate" or "retire" && options.FromConfiguration)
        {
            await errors.WriteLineAsync(
                $"the master keys come from configuration ({PersonalDataOptions.Section}:MasterKeys), which this verb cannot change: add the new key there, set {PersonalDataOptions.Section}:ActiveKey to it, restart, then run: keys rewrap");
            return 2;
        }

        switch (action)
        {
            case "status":
                var inUse = await vault.Keys.MasterKeysInUseAsync();
                await output.WriteLineAsync($"active master key: {vault.MasterKeys.ActiveId}");
                await output.WriteLineAsync($"master keys held: {string.Join(", ", vault.MasterKeys.Ids)}");
                await output.WriteLineAsync($"master keys wrapping some case's key: {(inUse.Count == 0 ? "none" : string.Join(", ", inUse.Order(StringComparer.Ordinal)))}");
                var missing = inUse.Where(id => !vault.MasterKeys.Holds(id)).ToList();
                if (missing.Count > 0)
                {
                    await errors.WriteLineAsync($"cases' keys are wrapped with master keys this service does not hold: {string.Join(", ", missing)}; restore them or those cases' personal data cannot be read");
                    return 1;
                }

                return 0;
            case "rotate":
                var rotated = vault.MasterKeys.Rotate(time.GetUtcNow());
                await WriteKeyFileAsync(options.ResolvedKeyFile, rotated);
                await output.WriteLineAsync($"new active master key {rotated.ActiveId} written to {options.ResolvedKeyFile}; the older ones are kept until: keys retire");
                return await RewrapAsync(new PersonalDataVault(vault.Keys, rotated, time), output);
            case "rewrap":
                return await RewrapAsync(vault, output);
            default:
                var used = await vault.Keys.MasterKeysInUseAsync();
                var kept = vault.MasterKeys.Retire(used);
                await WriteKeyFileAsync(options.ResolvedKeyFile, kept);
                await output.WriteLineAsync($"kept master keys {string.Join(", ", kept.Ids)}; removed {string.Join(", ", vault.MasterKeys.Ids.Except(kept.Ids).DefaultIfEmpty("none"))}");
                return 0;
        }
    }

    private static async Task<int> RewrapAsync(PersonalDataVault vault, TextWriter output)
    {
        var count = await vault.RewrapAsync(new LineProgress(output));
        await output.WriteLineAsync($"re-wrapped {count} case key(s) with master key {vault.MasterKeys.ActiveId}");
        return 0;
    }

    /// <summary>Replaces the key file as a whole (written beside it, mode 0600, then moved over it), so that it is never half-written.</summary>
    private static async Task WriteKeyFileAsync(string path, MasterKeyRing ring)
    {
        var next = path + ".next";
        await OwnerOnlyFile.WriteAllTextAsync(next, ring.ToFileText());
        File.Move(next, path, overwrite: true);
    }

    /// <summary>
    /// Says each batch's running count as it is reported, on the caller's thread (<see cref="Progress{T}"/> would post it to the
    /// thread pool, to be written after the verb has ended).
    /// </summary>
    private sealed class LineProgress(TextWriter output) : IProgress<int>
    {
        public void Report(int value) => output.WriteLine($"re-wrapped {value} case key(s) so far");
    }
}
