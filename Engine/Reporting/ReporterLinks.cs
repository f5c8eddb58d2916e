using System.Security.Cryptography;
using System.Text;

namespace CaseFlow.Engine.Reporting;

/// <summary>
/// The reporter's capability: a code for one case, issued at submission and sent to the reporter in <c>ReporterNotified</c>, that
/// lets whoever holds it follow that case and confirm, dispute or rate its result — and nothing else. The code is an HMAC of the
/// case id under a secret key, so nothing is stored and a code for one case opens no other.
/// </summary>
public sealed class ReporterLinks
{
    private const int KeyBytes = 32;
    private const int CodeChars = 22;
    private readonly byte[] _key;

    /// <summary>Links under a secret key (at least 32 bytes), pointing at <paramref name="linkBase"/> (e.g. https://township.example/reporter).</summary>
    public ReporterLinks(byte[] key, string linkBase)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(linkBase);
        if (key.Length < KeyBytes)
        {
            throw new ArgumentException($"the reporter link key must be at least {KeyBytes} bytes", nameof(key));
        }

        _key = key.ToArray();
        LinkBase = linkBase.TrimEnd('/');
    }

    /// <summary>Where reporter links point; a case's link is this followed by <c>/{caseId}?code=…</c>.</summary>
    public string LinkBase { get; }

    /// <summary>Links under a key made for this process alone (tests and tools): codes stop working when it ends.</summary>
    public static ReporterLinks Ephemeral(string linkBase = "http://127.0.0.1:5080/reporter") => new(RandomNumberGenerator.GetBytes(KeyBytes), linkBase);

    /// <summary>A new secret key, as the text a key file holds.</summary>
    public static string NewKeyText() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>Reads a key file's text, or says what is wrong with it.</summary>
    public static byte[] ReadKeyText(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            return key.Length >= KeyBytes
                ? key
                : throw new InvalidOperationException($"{source} holds a {key.Length}-byte key; a reporter link key needs at least {KeyBytes} bytes (base64)");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{source} does not hold a base64 reporter link key; delete it to have a new one made (every link issued so far stops working) or restore the one this service issued links with");
        }
    }

    /// <summary>The code for a case.</summary>
    public string Issue(Guid caseId)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes($"caseflow-reporter:{caseId:D}"));
        return Convert.ToBase64String(mac).Replace('+', '-').Replace('/', '_').TrimEnd('=')[..CodeChars];
    }

    /// <summary>The link a reporter follows for a case.</summary>
    public string Link(Guid caseId) => $"{LinkBase}/{caseId:D}?code={Issue(caseId)}";

    /// <summary>True when the code is the one issued for this case (compared in constant time).</summary>
    public bool Verifies(Guid caseId, string? code) =>
        code is { Length: CodeChars } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Issue(caseId)), Encoding.ASCII.GetBytes(code));
}
