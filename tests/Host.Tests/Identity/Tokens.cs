using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>Tokens made in the test, the way a forger (or a provider) would: signed with a given key, or not at all, or altered after signing.</summary>
internal static class Tokens
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>The service's own signing key, read from its key file (what a thief of the file would have).</summary>
    public static ECDsaSecurityKey ServiceKey(string keyFile)
    {
        var algorithm = ECDsa.Create();
        algorithm.ImportFromPem(File.ReadAllText(keyFile));
        return new ECDsaSecurityKey(algorithm) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(algorithm.ExportSubjectPublicKeyInfo()))[..16] };
    }

    /// <summary>A key nobody trusts, carrying the key id of <paramref name="pretending"/> when given.</summary>
    public static ECDsaSecurityKey StrangerKey(string? pretending = null) =>
        new(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = pretending ?? "stranger" };

    /// <summary>A token as the service issues them (issuer, audience, subject, positions, roles), changed where asked.</summary>
    public static string Local(
        SecurityKey key,
        string subject,
        string[] positions,
        string[]? roles = null,
        string issuer = "caseflow-local",
        string audience = "caseflow",
        DateTime? expires = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return Sign(key, issuer, audience, expiry, new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["caseflow:position"] = positions,
            ["role"] = roles ?? [],
        });
    }

    /// <summary>A signed token with any claims.</summary>
    public static string Sign(SecurityKey key, string issuer, string audience, DateTime expires, IDictionary<string, object> claims)
    {
        var algorithm = key is RsaSecurityKey ? SecurityAlgorithms.RsaSha256 : SecurityAlgorithms.EcdsaSha256;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-2),
            NotBefore = expires.AddHours(-2),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, algorithm),
            Claims = claims,
        });
    }

    /// <summary>The token with <c>alg: none</c> and no signature, its payload kept.</summary>
    public static string Unsigned(string token)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{token.Split('.')[1]}.";
    }

    /// <summary>The token with its payload changed and the original signature kept.</summary>
    public static string WithPayload(string token, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        change(payload);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}";
    }

    /// <summary>The token with one character of its signature changed.</summary>
    public static string WithAlteredSignature(string token)
    {
        var parts = token.Split('.');
        var signature = parts[2].ToCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        return $"{parts[0]}.{parts[1]}.{new string(signature)}";
    }
}
