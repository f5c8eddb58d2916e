using System.Security.Claims;

namespace CaseFlow.Host.Identity;

/// <summary>Who is calling, as the validated token says: the identity to record, the positions it may act in, its roles.</summary>
/// <param name="Identity">The identity recorded with what it does (a local user name, or <c>oidc:NAME</c>).</param>
/// <param name="Positions">The positions held, written <c>kind:id</c>, not yet checked against the current organisation.</param>
/// <param name="Roles">The roles held.</param>
public sealed record Caller(string Identity, IReadOnlyList<string> Positions, IReadOnlyList<string> Roles)
{
    /// <summary>The caller of an authenticated request, or null for an anonymous one.</summary>
    public static Caller? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || user.FindFirst(CaseFlowClaims.Identity)?.Value is not { Length: > 0 } identity)
        {
            return null;
        }

        return new Caller(
            identity,
            [.. user.FindAll(CaseFlowClaims.Position).Select(c => c.Value)],
            [.. user.FindAll(CaseFlowClaims.Role).Select(c => c.Value)]);
    }

    /// <summary>True when the caller holds the role.</summary>
    public bool Holds(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
