using System.Security.Cryptography;
using System.Text;

namespace CaseFlow.Engine.Privacy;

/// <summary>
/// A file's bytes sealed at rest (AES-256-GCM: nonce, ciphertext, tag), bound to what they are (an attachment of one case, or one
/// staged upload): a sealed file moved to another name or case does not open.
/// </summary>
public static class SealedBlob
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    /// <summary><paramref name="plain"/> sealed under <paramref name="key"/>, bound to <paramref name="context"/>.</summary>
    public static byte[] Seal(ReadOnlySpan<byte> plain, byte[] key, string context)
    {
        ArgumentNullException.ThrowIfNull(key);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, NonceBytes));
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(sealedBytes.AsSpan(0, NonceBytes), plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(context));
        return sealedBytes;
    }

    /// <summary>The bytes <paramref name="sealedBytes"/> holds, or null when they do not open with this key and context (changed, swapped, or sealed for something else).</summary>
    public static byte[]? Open(ReadOnlySpan<byte> sealedBytes, byte[] key, string context)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            return null;
        }

        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(sealedBytes[..NonceBytes], sealedBytes.Slice(NonceBytes, plain.Length), sealedBytes[^TagBytes..], plain, Encoding.UTF8.GetBytes(context));
            return plain;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
