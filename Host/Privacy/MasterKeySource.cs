using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Privacy;

/// <summary>Reads the master keys the configuration names: the keys it gives, or the key file (made on first start).</summary>
internal static class MasterKeySource
{
    /// <summary>The ring of master keys, or an <see cref="OptionsValidationException"/> saying which setting is wrong and how to put it right.</summary>
    public static MasterKeyRing Read(PersonalDataOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.FromConfiguration)
        {
            var path = options.ResolvedKeyFile;
            return MasterKeyRing.Parse(SecretFiles.ReadOrCreate(path, () => MasterKeyRing.NewFileText(time.GetUtcNow()), "personal-data master key file").Text, path);
        }

        var problems = new List<string>();
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, text) in options.MasterKeys)
        {
            try
            {
                var key = Convert.FromBase64String(text ?? "");
                if (key.Length == MasterKeyRing.KeyBytes)
                {
                    keys[id] = key;
                    continue;
                }
            }
            catch (FormatException)
            {
            }

            problems.Add($"{PersonalDataOptions.Section}:MasterKeys:{id} must be {MasterKeyRing.KeyBytes} random bytes in base64 (e.g. the output of: openssl rand -base64 32)");
        }

        if (string.IsNullOrWhiteSpace(options.ActiveKey) || !options.MasterKeys.ContainsKey(options.ActiveKey))
        {
            problems.Add($"{PersonalDataOptions.Section}:ActiveKey must name one of {PersonalDataOptions.Section}:MasterKeys ({string.Join(", ", options.MasterKeys.Keys)}): the key new cases' keys are wrapped with");
        }

        if (problems.Count > 0)
        {
            throw new OptionsValidationException(PersonalDataOptions.Section, typeof(PersonalDataOptions), problems);
        }

        return new MasterKeyRing(keys, options.ActiveKey!);
    }

    /// <summary>The vault over the configured store's keys and the configured master keys.</summary>
    public static PersonalDataVault Vault(IServiceProvider services)
    {
        var store = services.GetRequiredService<Engine.History.ICaseStore>() as ICaseKeyStore
            ?? throw new InvalidOperationException("the configured store keeps no case keys");
        var time = services.GetRequiredService<TimeProvider>();
        var options = services.GetRequiredService<IOptions<PersonalDataOptions>>().Value;
        return new PersonalDataVault(store, Read(options, time), time, options.FromConfiguration ? null : () => Read(options, time));
    }
}
