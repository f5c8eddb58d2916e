namespace CaseFlow.Host.Configuration;

/// <summary>
/// An OpenID Connect provider (Keycloak, a provincial government SSO …) whose access tokens CaseFlow accepts (section
/// "CaseFlow:Auth:Oidc"). Its discovery document and signing keys are read from <see cref="Authority"/>; a person's positions and
/// roles are read from the claims named here.
/// </summary>
public sealed class OidcOptions
{
    /// <summary>The provider's issuer URL (its <c>/.well-known/openid-configuration</c> is read from there); unset = no provider.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience CaseFlow's tokens are issued for (the <c>aud</c> claim the provider puts in them); required with an authority.</summary>
    public string? Audience { get; set; }

    /// <summary>True to refuse an authority that is not HTTPS; turn off only for a provider on this machine in tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim carrying the positions a person holds, each written <c>kind:id</c> (or a value <see cref="PositionMap"/> maps).</summary>
    public string PositionsClaim { get; set; } = "caseflow_positions";

    /// <summary>The claim carrying roles; <c>administrator</c> and <c>auditor</c> are the ones CaseFlow reads.</summary>
    public string RolesClaim { get; set; } = "roles";

    /// <summary>The claim naming the person, recorded as <c>oidc:NAME</c>; the token's <c>sub</c> when it is missing.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>
    /// Values of <see cref="PositionsClaim"/> mapped to positions, for providers that carry group names (e.g.
    /// <c>"/township/demolition": "office:demolition-office"</c>); a value not listed is read as a written position.
    /// </summary>
    public Dictionary<string, string> PositionMap { get; set; } = [];

    /// <summary>
    /// The client id the workbench signs people in with at the provider (authorization code flow with PKCE; the provider returns the
    /// person to /workbench/signin-oidc); unset = the workbench offers only local accounts.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>The workbench's client secret at the provider, for a confidential client; unset for a public client (PKCE only).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>True when a provider is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>True when the workbench signs people in at the provider.</summary>
    public bool SignsInToWorkbench => IsConfigured && !string.IsNullOrWhiteSpace(ClientId);
}
