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
/// keys (JWKS) as Keycloak would for a realm, and signs tokens with an RSA key of its own.
/// </summary>
internal sealed class TestIdentityProvider : IAsyncDisposable
{
    private const string Realm = "/realms/township";
    private readonly WebApplication _app;
    private readonly RSA _rsa;

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
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestIdentityProvider(app, rsa, $"{address.TrimEnd('/')}{Realm}");
    }

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
