using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>
/// A small OpenID Connect provider on 127.0.0.1 (Kestrel, in the test process): it serves its discovery document and its signing
/// keys (JWKS) as Keycloak would for a realm, and signs tokens with an RSA key of its own. For a browser it also runs the
/// authorization code flow with PKCE: its authorization endpoint signs in whoever <see cref="NextPerson"/> names (the test plays the
/// person typing their password at the provider) and its token endpoint exchanges the code, checking the PKCE verifier, for an ID token.
/// </summary>
internal sealed class TestIdentityProvider : IAsyncDisposable
{
    private const string Realm = "/realms/township";
    private readonly WebApplication _app;
    private readonly RSA _rsa;
    private static readonly ConcurrentDictionary<string, Grant> Grants = new(StringComparer.Ordinal);

    private TestIdentityProvider(WebApplication app, RSA rsa, string issuer)
    {
        _app = app;
        _rsa = rsa;
        Issuer = issuer;
        Key = new RsaSecurityKey(rsa) { KeyId = "township-2026" };
    }

    /// <summary>The provider's issuer, which CaseFlow is configured with as the authority.</summary>
    public string Issuer { get; }

    /// <summary>The key it signs with (its public half is in the JWKS).</summary>
    public RsaSecurityKey Key { get; }

    /// <summary>The claims of the person the authorization endpoint signs in next (null: it refuses, as a provider whose user gave up).</summary>
    public IDictionary<string, object>? NextPerson { get; set; }

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        app.MapGet($"{Realm}/.well-known/openid-configuration", (HttpContext context) =>
        {
            var issuer = $"http://{context.Request.Host}{Realm}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["jwks_uri"] = $"{issuer}/protocol/openid-connect/certs",
                ["authorization_endpoint"] = $"{issuer}/protocol/openid-connect/auth",
                ["token_endpoint"] = $"{issuer}/protocol/openid-connect/token",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        app.MapGet($"{Realm}/protocol/openid-connect/certs", () => Results.Json(new
        {
            keys = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = "RS256",
                    ["kid"] = "township-2026",
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                },
            },
        }));
        TestIdentityProvider? provider = null;
        app.MapGet($"{Realm}/protocol/openid-connect/auth", (HttpContext context) => provider!.Authorize(context));
        app.MapPost($"{Realm}/protocol/openid-connect/token", (Delegate)((HttpContext context) => provider!.ExchangeAsync(context)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider = new TestIdentityProvider(app, rsa, $"{address.TrimEnd('/')}{Realm}");
        return provider;
    }

    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        var redirect = query["redirect_uri"].ToString();
        if (query["response_type"] != "code" || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]) || redirect.Length == 0)
        {
            return Results.BadRequest("the authorization code flow with PKCE (S256) and a redirect_uri is required");
        }

        if (NextPerson is null)
        {
            return Results.Redirect($"{redirect}?error=access_denied&state={Uri.EscapeDataString(query["state"].ToString())}");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Grants[code] = new Grant(new Dictionary<string, object>(NextPerson), query["client_id"].ToString(), redirect, query["nonce"].ToString(), query["code_challenge"].ToString());
        return Results.Redirect($"{redirect}?code={code}&state={Uri.EscapeDataString(query["state"].ToString())}");
    }

    private async Task<IResult> ExchangeAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (!Grants.TryRemove(form["code"].ToString(), out var grant) || form["redirect_uri"] != grant.RedirectUri)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        var verifier = Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (verifier != grant.Challenge)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "PKCE verifier does not match" }, statusCode: 400);
        }

        var claims = new Dictionary<string, object>(grant.Claims) { ["nonce"] = grant.Nonce };
        var idToken = Tokens.Sign(Key, Issuer, grant.ClientId, DateTime.UtcNow.AddMinutes(5), claims);
        return Results.Json(new { id_token = idToken, access_token = idToken, token_type = "Bearer", expires_in = 300 });
    }

    private sealed record Grant(IDictionary<string, object> Claims, string ClientId, string RedirectUri, string Nonce, string Challenge);

    /// <summary>A token as the provider issues them for CaseFlow, with these claims, changed where asked.</summary>
    public string Token(IDictionary<string, object> claims, string audience = When_an_openid_provider_signs_tokens.Audience, string? issuer = null, DateTime? expires = null, SecurityKey? key = null) =>
        Tokens.Sign(key ?? Key, issuer ?? Issuer, audience, expires ?? DateTime.UtcNow.AddMinutes(30), claims);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
