using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Identity;

/// <summary>Signs the tokens local accounts sign in for: subject, positions and roles, issuer <c>caseflow-local</c>, audience <c>caseflow</c>.</summary>
public sealed class LocalTokens(SigningKeyFile key, IOptions<AuthOptions> options, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>How long a token is good for.</summary>
    public TimeSpan Lifetime => options.Value.TokenLifetime;

    /// <summary>A signed token for the account.</summary>
    public string Issue(string userName, IReadOnlyList<string> positions, IReadOnlyList<string> roles)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.LocalIssuer,
            Audience = AuthOptions.LocalAudience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(key.Key, SigningKeyFile.Algorithm),
            Claims = new Dictionary<string, object>
            {
                [CaseFlowClaims.Subject] = userName,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
                [CaseFlowClaims.Position] = positions.ToArray(),
                [CaseFlowClaims.Role] = roles.ToArray(),
            },
        });
    }
}
