using CaseFlow.Engine.Accounts;
using CaseFlow.Host.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Identity;

/// <summary>
/// Wires who may call the HTTP API: bearer tokens signed by the service for local accounts (scheme <see cref="LocalScheme"/>) and,
/// when configured, by an OpenID Connect provider (<see cref="OidcScheme"/>), a policy scheme choosing between them by the token's
/// issuer, the authorization policies, and POST /auth/token.
/// </summary>
public static class CaseFlowAuthExtensions
{
    /// <summary>The scheme every request is authenticated with: it forwards to the local or the provider's scheme.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>Tokens the service signed for a local account.</summary>
    public const string LocalScheme = "Local";

    /// <summary>Tokens from the OpenID Connect provider.</summary>
    public const string OidcScheme = "Oidc";

    // Clocks of the service and a provider differ a little; a token is good for minutes past its expiry at most.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private static readonly string[] ProviderAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    /// <summary>Settings earlier versions read that no longer protect anything, and what does now.</summary>
    private static readonly (string Setting, string Instead)[] Retired =
    [
        ("CaseFlow:Admin:Key", "the admin API needs a signed-in caller with the administrator role (user add NAME --role administrator)"),
        ("CaseFlow:Audit:PersonalDataAuditors", "personal data is disclosed to signed-in callers with the auditor role who state a reason (user add NAME --role auditor)"),
    ];

    /// <summary>Adds authentication (validated settings, the signing key, local accounts and tokens) and the authorization policies.</summary>
    public static IServiceCollection AddCaseFlowAuth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var retired = Retired.Where(r => configuration.GetSection(r.Setting).Exists()).Select(r => $"{r.Setting} is no longer read: {r.Instead}; remove the setting").ToList();
        if (retired.Count > 0)
        {
            throw new OptionsValidationException(AuthOptions.Section, typeof(AuthOptions), retired);
        }

        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(sp => SigningKeyFile.LoadOrCreate(sp.GetRequiredService<IOptions<AuthOptions>>().Value.ResolveSigningKeyFile()));
        services.AddHostedService<SigningKeyStartup>();
        services.AddSingleton<LocalAccounts>();
        services.AddSingleton<LocalTokens>();

        var authentication = services.AddAuthentication(BearerScheme)
            .AddPolicyScheme(BearerScheme, "Bearer token (local account or OpenID Connect)", o => o.ForwardDefaultSelector = context => SchemeFor(context, options.Oidc.IsConfigured))
            .AddJwtBearer(LocalScheme, _ => { })
            .AddCookie(WorkbenchCookie.Scheme, WorkbenchCookie.Configure);
        services.AddOptions<JwtBearerOptions>(LocalScheme).Configure<SigningKeyFile, IOptions<AuthOptions>, TimeProvider>(ConfigureLocal);
        if (options.Oidc.IsConfigured)
        {
            authentication.AddJwtBearer(OidcScheme, _ => { });
            services.AddOptions<JwtBearerOptions>(OidcScheme).Configure<IOptions<AuthOptions>, TimeProvider>(ConfigureOidc);
        }

        WorkbenchProviderSignIn.Add(authentication, options.Oidc);
        services.AddAuthorizationBuilder().AddCaseFlowPolicies(options);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }

    /// <summary>
    /// Authenticates every request from here on, limits each caller's rate (by identity once known: see CaseFlow:RateLimit),
    /// authorizes it, and maps POST /auth/token (the one anonymous write).
    /// </summary>
    public static WebApplication MapCaseFlowAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        TokenEndpoint.Map(app);
        return app;
    }

    /// <summary>
    /// The workbench's cookie for the workbench's pages; for the API, the provider's scheme for a token another issuer signed and the
    /// local scheme for the rest (and for no token at all).
    /// </summary>
    private static string SchemeFor(HttpContext context, bool oidc)
    {
        const string Prefix = "Bearer ";
        if (WorkbenchCookie.Serves(context))
        {
            return WorkbenchCookie.Scheme;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!oidc || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return LocalScheme;
        }

        // Read without validation only to route it: the scheme it goes to validates everything, the issuer included.
        var handler = new JsonWebTokenHandler();
        var token = header[Prefix.Length..].Trim();
        return handler.CanReadToken(token) && handler.ReadJsonWebToken(token).Issuer != AuthOptions.LocalIssuer ? OidcScheme : LocalScheme;
    }

    private static void ConfigureLocal(JwtBearerOptions o, SigningKeyFile key, IOptions<AuthOptions> auth, TimeProvider time)
    {
        o.MapInboundClaims = false;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = AuthOptions.LocalIssuer,
            ValidAudience = AuthOptions.LocalAudience,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = [SigningKeyFile.Algorithm],
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = TokenLifetime.On(time, ClockSkew),
            NameClaimType = CaseFlowClaims.Subject,
            RoleClaimType = CaseFlowClaims.Role,
        };
        o.Events = new JwtBearerEvents
        {
            OnTokenValidated = LocalTokenValidatedAsync,
            OnChallenge = context => AuthProblems.ChallengeAsync(context, auth.Value),
        };
    }

    /// <summary>A local token stands for its account only while the account exists and is enabled: disabling it takes effect at once.</summary>
    private static async Task LocalTokenValidatedAsync(TokenValidatedContext context)
    {
        var name = context.Principal?.FindFirst(CaseFlowClaims.Subject)?.Value;
        var account = name is null ? null : await context.HttpContext.RequestServices.GetRequiredService<IAccountStore>().FindAccountAsync(name, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled)
        {
            context.Fail(new SecurityTokenValidationException("the account it was issued to is disabled or gone"));
            return;
        }

        context.Principal = CaseFlowClaims.Principal(
            LocalScheme,
            account.UserName,
            context.Principal!.FindAll(CaseFlowClaims.Position).Select(c => c.Value),
            context.Principal.FindAll(CaseFlowClaims.Role).Select(c => c.Value));
    }

    private static void ConfigureOidc(JwtBearerOptions o, IOptions<AuthOptions> auth, TimeProvider time)
    {
        var oidc = auth.Value.Oidc;
        o.Authority = oidc.Authority;
        o.Audience = oidc.Audience;
        o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        o.MapInboundClaims = false;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = oidc.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidAlgorithms = ProviderAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = TokenLifetime.On(time, ClockSkew),
        };
        o.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (OidcClaimMapping.Map(context.Principal!, oidc, OidcScheme) is { } principal)
                {
                    context.Principal = principal;
                }
                else
                {
                    context.Fail(new SecurityTokenValidationException($"the token names nobody (no {oidc.NameClaim} and no sub claim)"));
                }

                return Task.CompletedTask;
            },
            OnChallenge = context => AuthProblems.ChallengeAsync(context, auth.Value),
        };
    }
}
