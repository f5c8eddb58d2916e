using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>
/// Signs test requests in the way a person would: a local account is created through the service's own account code and store
/// (<see cref="LocalAccounts"/>, what the user verb runs), and a real token is asked for at POST /auth/token, once per account.
/// <see cref="Handler"/> picks the account for each request by what the request says, for test convenience only:
/// <list type="bullet">
/// <item>/admin: an account named by X-Admin-Actor or the body's <c>actor</c> (else <c>admin</c>) holding the administrator role;</item>
/// <item>/audit: an account <c>auditor</c> holding the auditor role;</item>
/// <item>a body whose <c>actor</c> names a position of the organisation: an account of that name holding that one position;</item>
/// <item>a body whose <c>actor</c> names none (<c>reporter</c>, <c>mallory</c>): an account <c>nobody</c> holding no position;</item>
/// <item>anything else (reads): an account <c>reader</c> holding no position.</item>
/// </list>
/// The service then decides as it would for anyone: the body's actor only chooses among the positions the token carries.
/// A request that already has an Authorization header is sent as it is. A token past its expiry on the service's clock (tests move
/// fake clocks by days) is replaced by signing in again, as a person would.
/// </summary>
public sealed class TestSignIn(WebApplicationFactory<Program> factory)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.Ordinal);

    /// <summary>The password every test account is given (tests only).</summary>
    public static string PasswordOf(string userName) => $"test-password-{userName}";

    /// <summary>A handler signing each request as described above.</summary>
    public DelegatingHandler Handler() => new ChoosingHandler(this);

    /// <summary>A handler signing every request as one account.</summary>
    public DelegatingHandler HandlerFor(string userName, IReadOnlyList<string> positions, IReadOnlyList<string>? roles = null) =>
        new FixedHandler(this, userName, positions, roles ?? []);

    /// <summary>A token for the account, creating it (holding these positions and roles) when it does not exist yet.</summary>
    public async Task<string> TokenAsync(string userName, IReadOnlyList<string> positions, IReadOnlyList<string> roles)
    {
        var token = await _tokens.GetOrAdd(userName, name => new Lazy<Task<string>>(() => SignInAsync(name, positions, roles))).Value;
        if (!Expired(token))
        {
            return token;
        }

        // Two requests renewing at once both sign in; either token will do.
        var renewed = new Lazy<Task<string>>(() => SignInAsync(userName, positions, roles));
        _tokens[userName] = renewed;
        return await renewed.Value;
    }

    /// <summary>Creates the account when missing (through the account code the user verb uses).</summary>
    public async Task EnsureAccountAsync(string userName, IReadOnlyList<string> positions, IReadOnlyList<string> roles)
    {
        var accounts = factory.Services.GetRequiredService<LocalAccounts>();
        if (await factory.Services.GetRequiredService<IAccountStore>().FindAccountAsync(userName) is null)
        {
            var problem = await accounts.AddAsync(userName, PasswordOf(userName), positions, roles);
            Assert.That(problem, Is.Null, $"test account {userName}");
        }
    }

    private bool Expired(string token)
    {
        var expires = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).ValidTo;
        return expires <= factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddMinutes(1);
    }

    private async Task<string> SignInAsync(string userName, IReadOnlyList<string> positions, IReadOnlyList<string> roles)
    {
        await EnsureAccountAsync(userName, positions, roles);
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/auth/token", new { userName, password = PasswordOf(userName) });
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), $"sign-in of test account {userName}: {text}");
        return JsonNode.Parse(text)!["accessToken"]!.GetValue<string>();
    }

    private async Task<(string User, string[] Positions, string[] Roles)> ChooseAsync(HttpRequestMessage request)
    {
        var path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.AbsolutePath : "/" + request.RequestUri.OriginalString.TrimStart('/');
        if (path.StartsWith("/admin", StringComparison.Ordinal))
        {
            var named = request.Headers.TryGetValues("X-Admin-Actor", out var values) ? values.FirstOrDefault() : await ActorAsync(request);
            return (named ?? "admin", [], [AccountRoles.Administrator]);
        }

        if (path.StartsWith("/audit", StringComparison.Ordinal))
        {
            return ("auditor", [], [AccountRoles.Auditor]);
        }

        if (await ActorAsync(request) is not { } actor)
        {
            return ("reader", [], []);
        }

        var definition = factory.Services.GetRequiredService<DefinitionRegistry>().Current;
        return Positions.Find(actor, definition) is { Kind: not (ActorKinds.System or ActorKinds.Reporter) } position
            ? (actor, [position.ToString()], [])
            : ("nobody", [], []);
    }

    private static async Task<string?> ActorAsync(HttpRequestMessage request)
    {
        if (request.Content is null || request.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(await request.Content.ReadAsStringAsync()) is JsonObject body && body["actor"] is JsonValue actor
                ? actor.GetValue<string>()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private sealed class ChoosingHandler(TestSignIn signIn) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.Authorization is null)
            {
                var (user, positions, roles) = await signIn.ChooseAsync(request);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await signIn.TokenAsync(user, positions, roles));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class FixedHandler(TestSignIn signIn, string userName, IReadOnlyList<string> positions, IReadOnlyList<string> roles) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await signIn.TokenAsync(userName, positions, roles));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
