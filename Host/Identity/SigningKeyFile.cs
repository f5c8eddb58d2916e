using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Identity;

/// <summary>
/// The key local tokens are signed with: an ECDSA P-256 private key in a PEM file readable by its owner only (0600, in a folder of
/// mode 0700), created on first start when missing. Another instance starting at the same moment reads the file the first wrote.
/// A file others may read is refused: whoever reads it can sign tokens for any account.
/// </summary>
public sealed class SigningKeyFile : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

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
        var created = !File.Exists(path) && TryCreate(path);
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            throw new InvalidOperationException(
                $"The token signing key {path} may be read by others (mode {Convert.ToString((int)File.GetUnixFileMode(path), 8)}); anyone who reads it can sign tokens for any account. Make it the service user's alone: chmod 600 {path}");
        }

        var algorithm = ECDsa.Create();
        try
        {
            algorithm.ImportFromPem(File.ReadAllText(path));
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

    /// <summary>Writes a new key; false when another process created the file first.</summary>
    private static bool TryCreate(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, OwnerOnlyFolder);
            }
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = key.ExportECPrivateKeyPem();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(pem);
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }

        if (!OperatingSystem.IsWindows())
        {
            // The mode the file was created with is narrowed by the umask only; set it outright all the same.
            File.SetUnixFileMode(path, OwnerOnly);
        }

        return true;
    }
}
