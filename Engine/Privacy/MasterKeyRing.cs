using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Engine.Privacy;

/// <summary>
/// The master keys that wrap every case's data key (AES-256-GCM, bound to the case id): one active key wraps new data keys, older
/// ones are kept to unwrap what they wrapped until a rotation has re-wrapped it all. Held in a key file (created on first start,
/// mode 0600) or given by configuration.
/// </summary>
public sealed class MasterKeyRing
{
    /// <summary>The bytes of a master key and of a data key.</summary>
    public const int KeyBytes = 32;

    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly Dictionary<string, byte[]> _keys;

    /// <summary>A ring of keys by id, of which <paramref name="activeId"/> wraps new data keys.</summary>
    public MasterKeyRing(IReadOnlyDictionary<string, byte[]> keys, string activeId)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentException.ThrowIfNullOrWhiteSpace(activeId);
        if (keys.Values.Any(k => k.Length != KeyBytes))
        {
            throw new ArgumentException($"every master key must be {KeyBytes} bytes", nameof(keys));
        }

        if (!keys.ContainsKey(activeId))
        {
            throw new ArgumentException($"the active master key '{activeId}' is not among the keys ({string.Join(", ", keys.Keys)})", nameof(activeId));
        }

        _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
        ActiveId = activeId;
    }

    /// <summary>The id of the key new data keys are wrapped with.</summary>
    public string ActiveId { get; }

    /// <summary>The ids of every key held, oldest first by id.</summary>
    public IReadOnlyList<string> Ids => [.. _keys.Keys.Order(StringComparer.Ordinal)];

    /// <summary>A ring of one key made for this process alone (tests and tools): what it sealed cannot be read once it ends.</summary>
    public static MasterKeyRing Ephemeral() => new(new Dictionary<string, byte[]> { ["ephemeral"] = RandomNumberGenerator.GetBytes(KeyBytes) }, "ephemeral");

    /// <summary>A new key file's text: one fresh key, active, named after <paramref name="now"/>.</summary>
    public static string NewFileText(DateTimeOffset now) => new MasterKeyRing(new Dictionary<string, byte[]> { [IdFor(now)] = RandomNumberGenerator.GetBytes(KeyBytes) }, IdFor(now)).ToFileText();

    /// <summary>Reads a key file's text (<c>{"active": id, "keys": {id: base64}}</c>), or says what is wrong with it.</summary>
    public static MasterKeyRing Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var root = JsonNode.Parse(text) as JsonObject ?? throw new FormatException("it is not a JSON object");
            var active = root["active"]?.GetValue<string>() ?? throw new FormatException("it names no \"active\" key");
            var keys = (root["keys"] as JsonObject ?? throw new FormatException("it has no \"keys\" object"))
                .ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value?.GetValue<string>() ?? throw new FormatException($"key '{k.Key}' is empty")), StringComparer.Ordinal);
            return new MasterKeyRing(keys, active);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"{source} does not hold CaseFlow's personal-data master keys ({e.Message}). It must be {{\"active\": \"<id>\", \"keys\": {{\"<id>\": \"<32 bytes, base64>\"}}}}; restore the file the service made (without it no personal data stored so far can be read)", e);
        }
    }

    /// <summary>The ring with a fresh key, named after <paramref name="now"/>, made the active one; every older key is kept.</summary>
    public MasterKeyRing Rotate(DateTimeOffset now)
    {
        var id = IdFor(now);
        for (var n = 2; _keys.ContainsKey(id); n++)
        {
            id = $"{IdFor(now)}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return new MasterKeyRing(new Dictionary<string, byte[]>(_keys) { [id] = RandomNumberGenerator.GetBytes(KeyBytes) }, id);
    }

    /// <summary>The ring without the keys no case key is wrapped with any longer (the active one always stays).</summary>
    public MasterKeyRing Retire(IReadOnlySet<string> stillUsed)
    {
        ArgumentNullException.ThrowIfNull(stillUsed);
        return new MasterKeyRing(_keys.Where(k => k.Key == ActiveId || stillUsed.Contains(k.Key)).ToDictionary(k => k.Key, k => k.Value), ActiveId);
    }

    /// <summary>The key file's text.</summary>
    public string ToFileText()
    {
        var keys = new JsonObject();
        foreach (var id in Ids)
        {
            keys[id] = Convert.ToBase64String(_keys[id]);
        }

        return new JsonObject { ["active"] = ActiveId, ["keys"] = keys }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>True when the ring holds the key <paramref name="id"/>.</summary>
    public bool Holds(string id) => _keys.ContainsKey(id);

    /// <summary>A new case's data key, wrapped with the active key.</summary>
    public (byte[] DataKey, byte[] Wrapped) NewDataKey(Guid caseId)
    {
        var dataKey = RandomNumberGenerator.GetBytes(KeyBytes);
        return (dataKey, Wrap(caseId, dataKey));
    }

    /// <summary><paramref name="dataKey"/> wrapped with the active key for <paramref name="caseId"/>.</summary>
    public byte[] Wrap(Guid caseId, byte[] dataKey)
    {
        ArgumentNullException.ThrowIfNull(dataKey);
        var wrapped = new byte[NonceBytes + dataKey.Length + TagBytes];
        RandomNumberGenerator.Fill(wrapped.AsSpan(0, NonceBytes));
        using var aes = new AesGcm(_keys[ActiveId], TagBytes);
        aes.Encrypt(wrapped.AsSpan(0, NonceBytes), dataKey, wrapped.AsSpan(NonceBytes, dataKey.Length), wrapped.AsSpan(NonceBytes + dataKey.Length), Context(caseId));
        return wrapped;
    }

    /// <summary>The data key <paramref name="wrapped"/> holds, wrapped with key <paramref name="keyId"/> for <paramref name="caseId"/>.</summary>
    /// <exception cref="InvalidOperationException">The ring does not hold that key, or the wrapped key was not made with it for that case.</exception>
    public byte[] Unwrap(Guid caseId, string keyId, byte[] wrapped)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new InvalidOperationException(
                $"case {caseId}'s data key is wrapped with master key '{keyId}', which this service does not hold (it holds {string.Join(", ", Ids)}); restore that key to the key file or configuration");
        }

        if (wrapped.Length != NonceBytes + KeyBytes + TagBytes)
        {
            throw new InvalidOperationException($"case {caseId}'s wrapped data key is {wrapped.Length} bytes, not {NonceBytes + KeyBytes + TagBytes}: it was damaged");
        }

        var dataKey = new byte[KeyBytes];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(wrapped.AsSpan(0, NonceBytes), wrapped.AsSpan(NonceBytes, KeyBytes), wrapped.AsSpan(NonceBytes + KeyBytes), dataKey, Context(caseId));
            return dataKey;
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new InvalidOperationException($"case {caseId}'s data key does not unwrap with master key '{keyId}': the key or the stored row was changed", e);
        }
    }

    private static string IdFor(DateTimeOffset now) => now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static byte[] Context(Guid caseId) => Encoding.UTF8.GetBytes($"caseflow-data-key:{caseId:D}");
}
