using System.Security.Claims;
using CaseFlow.Engine.Accounts;
using CaseFlow.Host.Configuration;

namespace CaseFlow.Host.Identity;

/// <summary>
/// Reads a validated token from the OpenID Connect provider as a CaseFlow caller: the name from the configured name claim (else
/// <c>sub</c>) recorded as <c>oidc:NAME</c>, positions from the positions claim (through the position map where a value is listed),
/// and the roles CaseFlow knows from the roles claim. Nothing else of the provider's token is kept.
/// </summary>
public static class OidcClaimMapping
{
    /// <summary>The caller's principal, or null when the token names nobody (no name claim and no subject).</summary>
    public static ClaimsPrincipal? Map(ClaimsPrincipal token, OidcOptions options, string scheme)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(options);
        var name = Value(token, options.NameClaim) ?? Value(token, CaseFlowClaims.Subject);
        if (name is null)
        {
            return null;
        }

        var positions = token.FindAll(options.PositionsClaim)
            .Select(c => options.PositionMap.TryGetValue(c.Value, out var mapped) ? mapped : c.Value);
        var roles = token.FindAll(options.RolesClaim).Select(c => c.Value).Where(r => AccountRoles.All.Contains(r, StringComparer.Ordinal));
        return CaseFlowClaims.Principal(scheme, CaseFlowClaims.OidcPrefix + name, positions, roles);
    }

    private static string? Value(ClaimsPrincipal token, string type) =>
        token.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;
}
