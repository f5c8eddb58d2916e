using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;
using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>
/// Tokens the service did not sign as they stand are refused with 401: another key, no signature (<c>alg: none</c>), claims changed
/// after signing, a signature changed; and tokens signed with the service's own key but expired, for another audience or from another
/// issuer. A token made the same way with everything right is accepted, so the refusals are for the reasons named.
/// </summary>
[TestFixture]
public sealed class When_a_token_is_forged : HostedServiceFixture
{
    private const string Clerk = "demolition-clerk";
    private static readonly string[] OfficePosition = ["office:demolition-office"];

    private ECDsaSecurityKey _key = null!;
    private string _genuine = "";

    [OneTimeSetUp]
    public async Task SignIn()
    {
        _genuine = await Factory.SignIn.TokenAsync(Clerk, OfficePosition, []);
        _key = Tokens.ServiceKey(Factory.SigningKeyFile);
    }

    [Test]
    public async Task Should_accept_a_token_made_with_the_services_key_and_everything_right()
    {
        var (status, _) = await ListCasesAsync(Tokens.Local(_key, Clerk, OfficePosition));

        Assert.That(status, Is.EqualTo(200), "the forging helper makes tokens the service accepts when nothing is wrong");
    }

    [Test]
    public async Task Should_refuse_a_token_signed_with_another_key()
    {
        var (withOtherKeyId, detail) = await ListCasesAsync(Tokens.Local(Tokens.StrangerKey(), Clerk, OfficePosition));
        var (withTheServicesKeyId, _) = await ListCasesAsync(Tokens.Local(Tokens.StrangerKey(_key.KeyId), Clerk, OfficePosition));

        Assert.Multiple(() =>
        {
            Assert.That(withOtherKeyId, Is.EqualTo(401));
            Assert.That(withTheServicesKeyId, Is.EqualTo(401));
            Assert.That(detail, Does.Contain("signature"));
        });
    }

    [Test]
    public async Task Should_refuse_a_token_without_a_signature()
    {
        var (status, _) = await ListCasesAsync(Tokens.Unsigned(_genuine));

        Assert.That(status, Is.EqualTo(401));
    }

    [Test]
    public async Task Should_refuse_a_token_whose_claims_were_changed_after_signing()
    {
        var promoted = Tokens.WithPayload(_genuine, p => p["caseflow:position"] = new JsonArray("commandRoom:command-room"));
        var renamed = Tokens.WithPayload(_genuine, p => p["sub"] = "admin");
        var prolonged = Tokens.WithPayload(_genuine, p => p["exp"] = p["exp"]!.GetValue<long>() + 86_400);

        Assert.Multiple(async () =>
        {
            Assert.That((await ListCasesAsync(promoted)).Status, Is.EqualTo(401));
            Assert.That((await ListCasesAsync(renamed)).Status, Is.EqualTo(401));
            Assert.That((await ListCasesAsync(prolonged)).Status, Is.EqualTo(401));
        });
    }

    [Test]
    public async Task Should_refuse_a_token_whose_signature_was_changed()
    {
        var (status, detail) = await ListCasesAsync(Tokens.WithAlteredSignature(_genuine));

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(401));
            Assert.That(detail, Does.Contain("signature"));
        });
    }

    [Test]
    public async Task Should_refuse_an_expired_token_saying_so()
    {
        var (status, detail) = await ListCasesAsync(Tokens.Local(_key, Clerk, OfficePosition, expires: DateTime.UtcNow.AddMinutes(-5)));

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(401));
            Assert.That(detail, Does.Contain("expired"));
        });
    }

    [Test]
    public async Task Should_refuse_a_token_for_another_audience()
    {
        var (status, detail) = await ListCasesAsync(Tokens.Local(_key, Clerk, OfficePosition, audience: "another-service"));

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(401));
            Assert.That(detail, Does.Contain("audience"));
        });
    }

    [Test]
    public async Task Should_refuse_a_token_from_another_issuer()
    {
        var (status, detail) = await ListCasesAsync(Tokens.Local(_key, Clerk, OfficePosition, issuer: "https://sso.example.test"));

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(401));
            Assert.That(detail, Does.Contain("issuer"));
        });
    }

    [Test]
    public async Task Should_refuse_a_well_signed_token_for_an_account_that_does_not_exist()
    {
        var (status, _) = await ListCasesAsync(Tokens.Local(_key, "ghost", ["commandRoom:command-room"]));

        Assert.That(status, Is.EqualTo(401));
    }

    private async Task<(int Status, string Detail)> ListCasesAsync(string token)
    {
        using var client = Factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cases");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);
        var detail = (int)response.StatusCode == 200 ? "" : (await CaseApi.ProblemAsync(response))["detail"]!.GetValue<string>();
        return ((int)response.StatusCode, detail);
    }
}
