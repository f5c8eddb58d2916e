using System.Net.Http.Headers;
using System.Security.Cryptography;
using CaseFlow.Host.Tests.Http;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>
/// With an OpenID Connect provider configured (a test provider on 127.0.0.1 serving its discovery document and JWKS), its tokens
/// are accepted: the person is recorded as <c>oidc:NAME</c>, positions are read from the positions claim (group names through the
/// position map), roles from the roles claim. Its forged tokens are refused, and local tokens keep working beside it.
/// </summary>
[TestFixture]
public sealed class When_an_openid_provider_signs_tokens
{
    public const string Audience = "caseflow-api";

    private readonly string _database = CaseFlowFactory.NewDatabasePath();
    private TestIdentityProvider _provider = null!;
    private CaseFlowFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _provider = await TestIdentityProvider.StartAsync();
        _factory = new CaseFlowFactory(_database, new Dictionary<string, string?>
        {
            ["CaseFlow:Auth:Oidc:Authority"] = _provider.Issuer,
            ["CaseFlow:Auth:Oidc:Audience"] = Audience,
            ["CaseFlow:Auth:Oidc:RequireHttpsMetadata"] = "false",
            ["CaseFlow:Auth:Oidc:PositionMap:/township/demolition"] = "office:demolition-office",
        });
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _provider.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_accept_a_providers_token_with_a_group_mapped_to_a_position_and_record_the_person()
    {
        var id = await AssignedAsync("oidc-sign-for-1");
        using var zhang = ClientWith(_provider.Token(Claims("zhang.wei", positions: ["/township/demolition"])));

        var signed = await CaseApi.AcceptAsync(zhang, id, "SignFor", new { });
        var recorded = signed["history"]!.AsArray().Last()!;

        Assert.Multiple(() =>
        {
            Assert.That(CaseApi.Position(signed), Is.EqualTo("handle.Accepted"));
            Assert.That(recorded["actor"]!.GetValue<string>(), Is.EqualTo("demolition-office"));
            Assert.That(recorded["identity"]!.GetValue<string>(), Is.EqualTo("oidc:zhang.wei"));
        });
    }

    [Test]
    public async Task Should_read_written_positions_and_name_the_person_by_subject_when_there_is_no_name()
    {
        var id = await CaseApi.SubmitAsync(_client, "oidc-register-1");
        using var duty = ClientWith(_provider.Token(new Dictionary<string, object> { ["sub"] = "f3a9-2026", ["caseflow_positions"] = new[] { "commandRoom" } }));

        var registered = await CaseApi.AcceptAsync(duty, id, "Register", new { });

        Assert.That(registered["history"]!.AsArray().Last()!["identity"]!.GetValue<string>(), Is.EqualTo("oidc:f3a9-2026"));
    }

    [Test]
    public async Task Should_give_the_roles_the_provider_grants_and_no_other()
    {
        using var admin = ClientWith(_provider.Token(Claims("admin-zhou", roles: ["administrator"])));
        using var superuser = ClientWith(_provider.Token(Claims("root", roles: ["superuser", "admin"])));

        var allowed = await admin.GetAsync("/admin/definitions/current");
        var refused = await superuser.GetAsync("/admin/definitions/current");

        Assert.Multiple(() =>
        {
            Assert.That((int)allowed.StatusCode, Is.EqualTo(200));
            Assert.That((int)refused.StatusCode, Is.EqualTo(403));
        });
    }

    [Test]
    public async Task Should_ignore_a_position_the_organisation_does_not_declare()
    {
        var id = await CaseApi.SubmitAsync(_client, "oidc-unknown-position-1");
        using var dissolved = ClientWith(_provider.Token(Claims("old-hand", positions: ["office:dissolved-office", "/township/unknown-group"])));

        var response = await CaseApi.CommandAsync(dissolved, id, "Register", new { });

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(403));
            Assert.That((await CaseApi.ProblemAsync(response))["detail"]!.GetValue<string>(), Does.Contain("holds no position"));
        });
    }

    [Test]
    public async Task Should_refuse_forged_provider_tokens()
    {
        var claims = Claims("mallory", positions: ["commandRoom"], roles: ["administrator"]);
        using var stranger = RSA.Create(2048);
        var forgedKey = new RsaSecurityKey(stranger) { KeyId = _provider.Key.KeyId };
        var genuine = _provider.Token(claims);
        var forged = new Dictionary<string, string>
        {
            ["another key"] = _provider.Token(claims, key: forgedKey),
            ["another audience"] = _provider.Token(claims, audience: "some-other-app"),
            ["another issuer"] = _provider.Token(claims, issuer: _provider.Issuer.Replace("township", "elsewhere", StringComparison.Ordinal)),
            ["expired"] = _provider.Token(claims, expires: DateTime.UtcNow.AddMinutes(-5)),
            ["alg none"] = Tokens.Unsigned(genuine),
            ["altered claims"] = Tokens.WithPayload(genuine, p => p["preferred_username"] = "admin-zhou"),
            ["altered signature"] = Tokens.WithAlteredSignature(genuine),
        };

        var statuses = new Dictionary<string, int>();
        foreach (var (what, token) in forged)
        {
            using var client = ClientWith(token);
            statuses[what] = (int)(await client.GetAsync("/admin/definitions/current")).StatusCode;
        }

        using var genuineClient = ClientWith(genuine);
        var control = (int)(await genuineClient.GetAsync("/admin/definitions/current")).StatusCode;

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(forged.Keys.ToDictionary(k => k, _ => 401)));
            Assert.That(control, Is.EqualTo(200), "the same claims, signed by the provider, are accepted");
        });
    }

    [Test]
    public async Task Should_keep_accepting_local_accounts_tokens()
    {
        var id = await AssignedAsync("oidc-local-1");

        var signed = await CaseApi.AcceptAsync(_client, id, "SignFor", new { actor = "demolition-office" });

        Assert.That(signed["history"]!.AsArray().Last()!["identity"]!.GetValue<string>(), Is.EqualTo("demolition-office"));
    }

    private static Dictionary<string, object> Claims(string name, string[]? positions = null, string[]? roles = null) => new()
    {
        ["sub"] = $"subject-of-{name}",
        ["preferred_username"] = name,
        ["caseflow_positions"] = positions ?? [],
        ["roles"] = roles ?? [],
    };

    private HttpClient ClientWith(string token)
    {
        var client = _factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<Guid> AssignedAsync(string key)
    {
        var id = await CaseApi.SubmitAsync(_client, key);
        await CaseApi.AcceptAsync(_client, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, id, "Dispatch", new { actor = "command-room" });
        await CaseApi.AcceptAsync(_client, id, "Assign", new { actor = "armed-forces-head" });
        return id;
    }
}
