using CaseFlow.Host.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Identity;

/// <summary>
/// RFC 7807 answers for callers the API turns away: 401 saying how to get a token (and why the one sent was refused), 403 saying
/// which role is missing.
/// </summary>
internal static class AuthProblems
{
    /// <summary>The 401 for a request without an acceptable token, with the bearer challenge header.</summary>
    public static async Task ChallengeAsync(JwtBearerChallengeContext context, AuthOptions options)
    {
        context.HandleResponse();
        var refused = context.AuthenticateFailure is { } failure ? Why(failure) : null;
        context.Response.Headers.WWWAuthenticate = refused is null ? "Bearer realm=\"caseflow\"" : "Bearer realm=\"caseflow\", error=\"invalid_token\"";
        var provider = options.Oidc.IsConfigured
            ? $", or send an access token from the OpenID Connect provider {options.Oidc.Authority} (audience {options.Oidc.Audience})"
            : "";
        var detail = (refused is null ? "This request needs a bearer token. " : $"The bearer token sent was refused: {refused}. ")
            + "Sign in with POST /auth/token and a JSON body {\"userName\": \"…\", \"password\": \"…\"} (an account an administrator made with the user verb)"
            + $"{provider}, then send the token as 'Authorization: Bearer <accessToken>'.";
        await Results.Problem(title: "Sign-in required", detail: detail, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context.HttpContext);
    }

    /// <summary>The 403 for an authenticated caller without a role the endpoint needs.</summary>
    public static IResult MissingRole(HttpContext context, IEnumerable<string> roles)
    {
        var caller = Caller.From(context.User);
        var held = caller is null || caller.Roles.Count == 0 ? "none" : string.Join(", ", caller.Roles);
        return Results.Problem(
            title: "Role required",
            detail: $"{context.Request.Path} needs the {string.Join(" or ", roles)} role; '{caller?.Identity}' holds roles: {held}. An administrator gives roles to local accounts with the user verb (user add NAME --role …), or in the OpenID Connect provider.",
            statusCode: StatusCodes.Status403Forbidden);
    }

    /// <summary>Why a token was refused, in words that help its holder and give a forger nothing new.</summary>
    private static string Why(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "it has expired; sign in again",
        SecurityTokenNotYetValidException => "it is not valid yet",
        SecurityTokenInvalidAudienceException => "it was not issued for CaseFlow (wrong audience)",
        SecurityTokenInvalidIssuerException => "its issuer is not one CaseFlow trusts",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature is not valid",
        SecurityTokenInvalidAlgorithmException => "it is not signed with an algorithm CaseFlow accepts",
        _ => "it is not a valid token",
    };
}
