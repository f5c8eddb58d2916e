using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Audit;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Startup;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Privacy;

/// <summary>
/// The verbs that look after personal data at rest, against the configured store: <c>erase</c> destroys a case's key;
/// <c>keys status|rotate|rewrap|retire</c> manage the master keys. Exit codes: 0 done, 1 a fault, 2 the request was wrong.
/// </summary>
public static class PersonalDataVerbs
{
    private const string EraseUsage = "usage: erase CASE-ID --reason TEXT --by NAME   (destroys the case's personal-data key; recorded with the reason and who)";

    private const string KeysUsage = """
        usage: keys status    which master keys wrap how many cases' keys, and how many were erased
               keys rotate    makes a new master key the active one (key file only) and re-wraps every case's key with it
               keys rewrap    re-wraps every case's key not yet wrapped with the active key (after a rotation, or a new ActiveKey in configuration)
               keys retire    removes from the key file the master keys no case's key is wrapped with any longer
          Restart every instance after rotate, then run rewrap once more: an instance still running on the old key wraps new cases' keys with it.
          Settings as for the service: --CaseFlow:Database=caseflow.db, --CaseFlow:PersonalData:KeyFile=…
        """;

    /// <summary>Runs <c>erase</c> or <c>keys</c>.</summary>
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
        return verb == "erase"
            ? await EraseAsync(host.Services, store, arguments, output, errors)
            : await KeysAsync(host.Services, arguments, output, errors);
    }

    private static async Task<int> EraseAsync(IServiceProvider services, ICaseStore store, AuditArguments arguments, TextWriter output, TextWriter errors)
    {
        if (arguments.Positional.Count != 1 || !Guid.TryParse(arguments.Positional[0], out var caseId) || string.IsNullOrWhiteSpace(arguments["--by"]))
        {
            await errors.WriteLineAsync(EraseUsage);
            return 2;
        }

        if (Erasures.ReasonProblem(arguments["--reason"]) is { } problem)
        {
            await errors.WriteLineAsync(problem);
            return 2;
        }

        var outcome = await Erasures.EraseAsync(
            store, services.GetRequiredService<PersonalDataVault>(), caseId, $"{arguments["--by"]!.Trim()} (erase verb)", arguments["--reason"]!,
            services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
        await (outcome.Status == ErasureStatus.Erased ? output : errors).WriteLineAsync(outcome.Message);
        return outcome.Status == ErasureStatus.Erased ? 0 : 2;
    }

    private static async Task<int> KeysAsync(IServiceProvider services, AuditArguments arguments, TextWriter output, TextWriter errors)
    {
        var action = arguments.Positional.Count == 1 ? arguments.Positional[0] : null;
        if (action is not ("status" or "rotate" or "rewrap" or "retire"))
        {
            await errors.WriteLineAsync(KeysUsage);
            return 2;
        }

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
