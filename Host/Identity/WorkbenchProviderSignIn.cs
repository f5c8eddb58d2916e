using CaseFlow.Host.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Identity;

/// <summary>
/// Signing in to the workbench at the OpenID Connect provider, where one is configured with a client id: the authorization code flow
/// with PKCE, the person returned to <see cref="CallbackPath"/>, and the provider's ID token read as CaseFlow reads its access tokens
/// (<see cref="OidcClaimMapping"/>: <c>oidc:NAME</c>, positions, roles) into the workbench's cookie. Nothing else of the provider's
/// tokens is kept.
/// </summary>
public static class WorkbenchProviderSignIn
{
    /// <summary>The scheme that sends a person to the provider and reads them back.</summary>
    public const string Scheme = "WorkbenchOidc";

    /// <summary>Where the provider returns the person (register it with the provider as a redirect URI).</summary>
    public const string CallbackPath = WorkbenchCookie.Path + "/signin-oidc";

    /// <summary>Adds the scheme when the provider and a client id are configured.</summary>
    public static void Add(AuthenticationBuilder authentication, OidcOptions oidc)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(oidc);
        if (!oidc.SignsInToWorkbench)
        {
            return;
        }

        authentication.AddOpenIdConnect(Scheme, "OpenID Connect", _ => { });
        authentication.Services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<IOptions<AuthOptions>>(Configure);
    }

    private static void Configure(OpenIdConnectOptions o, IOptions<AuthOptions> auth)
    {
        var oidc = auth.Value.Oidc;
        o.Authority = oidc.Authority;
        o.ClientId = oidc.ClientId;
        o.ClientSecret = string.IsNullOrWhiteSpace(oidc.ClientSecret) ? null : oidc.ClientSecret;
        o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.CallbackPath = CallbackPath;
        o.SignInScheme = WorkbenchCookie.Scheme;
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.MapInboundClaims = false;
        o.Scope.Clear();
        o.Scope.Add("openid");
        o.Scope.Add("profile");

        // The nonce and correlation cookies come back on the provider's redirect (a top-level GET), which SameSite=Lax allows.
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.Events = new OpenIdConnectEvents
        {
            OnTokenValidated = context =>
            {
                if (OidcClaimMapping.Map(context.Principal!, oidc, WorkbenchCookie.Scheme) is { } principal)
                {
                    context.Principal = principal;
                }
                else
                {
                    context.Fail(new SecurityTokenValidationException($"the provider's ID token names nobody (no {oidc.NameClaim} and no sub claim)"));
                }

                return Task.CompletedTask;
            },
            OnRemoteFailure = context =>
            {
                // Back to the sign-in page saying it failed, never a stack trace; the reason is logged by the handler.
                context.Response.Redirect(WorkbenchCookie.Path + "/sign-in?provider=failed");
                context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }
}
