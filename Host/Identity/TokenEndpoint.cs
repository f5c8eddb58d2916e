using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Http;

namespace CaseFlow.Host.Identity;

/// <summary>POST /auth/token: a local account's user name and password for a signed bearer token.</summary>
internal static class TokenEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/auth/token", IssueAsync).AllowAnonymous().WithTags("Auth")
            .WithName("IssueToken")
            .WithSummary("Sign in for a bearer token")
            .WithDescription("Exchanges a local account's user name and password for a signed bearer token carrying the account's positions and roles. The same 401 whatever was wrong, so that it tells nobody which user names exist.")
            .WithAcceptedBody<SignIn>()
            .Produces<IssuedToken>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> IssueAsync(HttpRequest request, LocalAccounts accounts, LocalTokens tokens, DefinitionRegistry definitions, ILoggerFactory logs)
    {
        var (body, problem) = await JsonBody.ReadAsync<SignIn>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (BoundedInput.Problem(("userName", body!.UserName, "userName")) is { } unbounded)
        {
            return unbounded;
        }

        var logger = logs.CreateLogger(typeof(TokenEndpoint));
        var account = await accounts.SignInAsync(body!.UserName, body.Password, request.HttpContext.RequestAborted);
        if (account is null)
        {
            AuthLog.SignInRefused(logger, body.UserName ?? "");

            // The same answer whatever was wrong: it must not tell which user names exist.
            return Results.Problem(
                title: "Sign-in refused",
                detail: "the user name or password is wrong, or the account is disabled; an administrator manages accounts with the user verb",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        // Positions the organisation no longer declares are left out; requests re-check the rest against the organisation of the day.
        var definition = definitions.Current;
        var positions = account.Positions.Where(p => Positions.Parse(p, definition).Position is not null).ToList();
        var token = tokens.Issue(account.UserName, positions, account.Roles);
        AuthLog.SignedIn(logger, account.UserName, tokens.Lifetime);
        return Results.Ok(new IssuedToken(token, "Bearer", (int)tokens.Lifetime.TotalSeconds, positions, account.Roles));
    }

    /// <summary>The request body: a local account's user name and password.</summary>
    /// <param name="UserName">The account's user name.</param>
    /// <param name="Password">Its password.</param>
    internal sealed record SignIn(string? UserName, string? Password);
}
