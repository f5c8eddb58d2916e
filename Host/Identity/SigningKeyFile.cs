using System.Security.Cryptography;
using CaseFlow.Host.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Identity;

/// <summary>
/// The key local tokens are signed with: an ECDSA P-256 private key in a PEM file readable by its owner only (0600, in a folder of
/// mode 0700), created on first start when missing. Another instance starting at the same moment reads the file the first wrote.
/// A file others may read is refused: whoever reads it can sign tokens for any account.
/// </summary>
public sealed class SigningKeyFile : IDisposable
{
    private readonly ECDsa _algorithm;

    private SigningKeyFile(string path, ECDsa algorithm, bool created)
    {
        Path = path;
        Created = created;
        _algorithm = algorithm;
        Key = new ECDsaSecurityKey(algorithm)
        {
            KeyId = Base64UrlEncoder.Encode(SHA256.HashData(algorithm.ExportSubjectPublicKeyInfo()))[..16],

            // A factory of its own: the shared one caches signers by key id, and would hand a later key object on the same file
            // (a restart in one process) the signer of this one after it is disposed.
            CryptoProviderFactory = new CryptoProviderFactory(),
        };
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>True when this start created the file.</summary>
    public bool Created { get; }

    /// <summary>The key, to sign and to validate with.</summary>
    public ECDsaSecurityKey Key { get; }

    /// <summary>The algorithm local tokens are signed with (the only one accepted for them).</summary>
    public static string Algorithm => SecurityAlgorithms.EcdsaSha256;

    /// <summary>Reads the key at <paramref name="path"/>, creating it first when the file does not exist.</summary>
    public static SigningKeyFile LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var (pem, created) = SecretFiles.ReadOrCreate(path, NewPem, "token signing key");
        var algorithm = ECDsa.Create();
        try
        {
            algorithm.ImportFromPem(pem);
        }
        catch (ArgumentException e)
        {
            algorithm.Dispose();
            throw new InvalidOperationException($"The token signing key {path} is not an EC private key in PEM ({e.Message}); remove it to have a new one created (tokens signed with the old one stop working)", e);
        }

        return new SigningKeyFile(path, algorithm, created);
    }

    /// <inheritdoc />
    public void Dispose() => _algorithm.Dispose();

    private static string NewPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportECPrivateKeyPem();
    }
}
