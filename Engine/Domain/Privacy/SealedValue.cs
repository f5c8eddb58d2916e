using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseFlow.Engine.Privacy;

/// <summary>
/// A personal value as CaseFlow stores it: <c>pd:v1:{field}:{sealed}</c>, where <c>sealed</c> is base64url of the case id, a
/// nonce, the AES-256-GCM ciphertext of the value under the case's data key and its tag. The case id and the field are bound into
/// the tag, so a sealed value moved to another case or field no longer opens. The text itself is what events, snapshots and the
/// outbox hold, and what the hash chain covers: destroying the case's key leaves every hash intact and the value unreadable.
/// </summary>
public static partial class SealedValue
{
    /// <summary>What every sealed value starts with.</summary>
    public const string Prefix = "pd:v1:";

    private const int CaseIdBytes = 16;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    /// <summary>True when <paramref name="text"/> holds a sealed value anywhere (a value a caller sent that looks sealed is refused).</summary>
    public static bool Contains(string? text) => text is not null && text.Contains(Prefix, StringComparison.Ordinal);

    /// <summary>Seals <paramref name="value"/> of <paramref name="field"/> for a case under its 32-byte data key.</summary>
    public static string Seal(Guid caseId, string field, string value, byte[] dataKey)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(dataKey);
        var plain = Encoding.UTF8.GetBytes(value);
        var blob = new byte[CaseIdBytes + NonceBytes + plain.Length + TagBytes];
        caseId.TryWriteBytes(blob.AsSpan(0, CaseIdBytes));
        var nonce = blob.AsSpan(CaseIdBytes, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(dataKey, TagBytes);
        aes.Encrypt(nonce, plain, blob.AsSpan(CaseIdBytes + NonceBytes, plain.Length), blob.AsSpan(blob.Length - TagBytes), Context(caseId, field));
        return $"{Prefix}{field}:{Base64Url.EncodeToString(blob)}";
    }

    /// <summary>Reads a whole sealed value's parts; false when <paramref name="text"/> is not exactly one.</summary>
    public static bool TryParse(string text, out Sealed value)
    {
        value = default;
        var match = text is null ? null : Whole().Match(text);
        return match is { Success: true } && TryRead(match, out value);
    }

    /// <summary>Every sealed value inside <paramref name="text"/> replaced by what <paramref name="render"/> makes of it.</summary>
    public static string Replace(string text, Func<Sealed, string> render)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(render);
        return Contains(text) ? Anywhere().Replace(text, m => TryRead(m, out var value) ? render(value) : m.Value) : text;
    }

    /// <summary>The case ids of every sealed value inside <paramref name="text"/>.</summary>
    public static IEnumerable<Guid> CasesIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Contains(text))
        {
            yield break;
        }

        foreach (Match m in Anywhere().Matches(text))
        {
            if (TryRead(m, out var value))
            {
                yield return value.CaseId;
            }
        }
    }

    /// <summary>The value, or null when the key does not open it (the wrong key, or a value changed after it was sealed).</summary>
    public static string? Open(Sealed value, byte[] dataKey)
    {
        ArgumentNullException.ThrowIfNull(dataKey);
        var blob = value.Blob;
        var length = blob.Length - CaseIdBytes - NonceBytes - TagBytes;
        var plain = new byte[length];
        try
        {
            using var aes = new AesGcm(dataKey, TagBytes);
            aes.Decrypt(blob.AsSpan(CaseIdBytes, NonceBytes), blob.AsSpan(CaseIdBytes + NonceBytes, length), blob.AsSpan(blob.Length - TagBytes), plain, Context(value.CaseId, value.Field));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    private static bool TryRead(Match match, out Sealed value)
    {
        value = default;
        byte[] blob;
        try
        {
            blob = Base64Url.DecodeFromChars(match.Groups["blob"].ValueSpan);
        }
        catch (FormatException)
        {
            return false;
        }

        if (blob.Length < CaseIdBytes + NonceBytes + TagBytes)
        {
            return false;
        }

        value = new Sealed(new Guid(blob.AsSpan(0, CaseIdBytes)), match.Groups["field"].Value, blob);
        return true;
    }

    private static byte[] Context(Guid caseId, string field) => Encoding.UTF8.GetBytes($"caseflow-personal-data:{caseId:D}:{field}");

    [GeneratedRegex(@"^pd:v1:(?<field>[a-zA-Z.]{1,40}):(?<blob>[A-Za-z0-9_-]{59,})$")]
    private static partial Regex Whole();

    [GeneratedRegex(@"pd:v1:(?<field>[a-zA-Z.]{1,40}):(?<blob>[A-Za-z0-9_-]{59,})")]
    private static partial Regex Anywhere();
}

/// <summary>The parts of a sealed value.</summary>
/// <param name="CaseId">The case it belongs to (whose key opens it).</param>
/// <param name="Field">The field it was sealed as (see <c>PersonalFields</c>).</param>
/// <param name="Blob">Case id, nonce, ciphertext and tag.</param>
public readonly record struct Sealed(Guid CaseId, string Field, byte[] Blob);
