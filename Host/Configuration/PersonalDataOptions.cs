namespace CaseFlow.Host.Configuration;

/// <summary>
/// Where the master keys that wrap every case's personal-data key come from (section "CaseFlow:PersonalData"): a key file the
/// service makes on first start (mode 0600), or — in production, from a secret store — keys given in configuration.
/// </summary>
public sealed class PersonalDataOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:PersonalData";

    /// <summary>
    /// The key file (JSON: the active key's id and every key by id); created on first start when missing and no keys are configured.
    /// Every instance sharing one store needs the same keys. Default: personal-data.keys in CaseFlow's data folder.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>Master keys by id (32 bytes each, base64), e.g. from a secret store; when given, the key file is not used.</summary>
    public Dictionary<string, string> MasterKeys { get; set; } = [];

    /// <summary>The id, among <see cref="MasterKeys"/>, of the key that wraps new cases' keys.</summary>
    public string? ActiveKey { get; set; }

    /// <summary>The key file actually used.</summary>
    public string ResolvedKeyFile => string.IsNullOrWhiteSpace(KeyFile) ? Path.Combine(SecretFiles.DefaultFolder, "personal-data.keys") : KeyFile;

    /// <summary>True when the keys come from configuration rather than a file.</summary>
    public bool FromConfiguration => MasterKeys.Count > 0;
}
