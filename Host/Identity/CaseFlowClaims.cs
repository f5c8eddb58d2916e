using System.Security.Claims;

namespace CaseFlow.Host.Identity;

/// <summary>
/// The claims a caller is known by once its token is validated, whichever scheme signed it: the identity recorded with what it does,
/// the positions it may act in (written <c>kind:id</c>) and its roles. Local tokens carry them as issued; an OpenID Connect provider's
/// claims are mapped to them (see <see cref="OidcClaimMapping"/>).
/// </summary>
public static class CaseFlowClaims
{
    /// <summary>The identity recorded with each event: a local user name, or <c>oidc:NAME</c>.</summary>
    public const string Identity = "caseflow:identity";

    /// <summary>One position held, written <c>kind:id</c>; local tokens carry one claim per position.</summary>
    public const string Position = "caseflow:position";

    /// <summary>One role held (administrator, auditor).</summary>
    public const string Role = "role";

    /// <summary>The subject of a local token: the account's user name.</summary>
    public const string Subject = "sub";

    /// <summary>The prefix of identities vouched for by the OpenID Connect provider, so they never pass for a local account's name.</summary>
    public const string OidcPrefix = "oidc:";

    /// <summary>A principal carrying only CaseFlow's claims, authenticated by <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal Principal(string scheme, string identity, IEnumerable<string> positions, IEnumerable<string> roles)
    {
        var claims = new List<Claim> { new(Identity, identity) };
        claims.AddRange(positions.Distinct(StringComparer.Ordinal).Select(p => new Claim(Position, p)));
        claims.AddRange(roles.Distinct(StringComparer.Ordinal).Select(r => new Claim(Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, Identity, Role));
    }
}
