using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using CaseFlow.Host.Identity;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>
/// A local account signs in at POST /auth/token for a token carrying its positions and roles; a wrong password, an unknown name and
/// a disabled account get the same 401; disabling an account stops its tokens at once. The signing key is its owner's alone.
/// </summary>
[TestFixture]
public sealed class When_a_person_signs_in : HostedServiceFixture
{
    private LocalAccounts Accounts => Factory.Services.GetRequiredService<LocalAccounts>();

    [OneTimeSetUp]
    public async Task AddAccounts()
    {
        Assert.That(await Accounts.AddAsync("chen", "chen-password-1", ["office:mediation-committee", "gridMember:grid-member-2"], ["auditor"]), Is.Null);
        Assert.That(await Accounts.AddAsync("retired-li", "li-password-1", ["commandRoom:command-room"], []), Is.Null);
        Assert.That(await Accounts.DisableAsync("retired-li"), Is.Null);
    }

    [Test]
    public async Task Should_give_a_bearer_token_with_the_accounts_positions_and_roles()
    {
        using var anonymous = Factory.CreateAnonymousClient();

        var response = await anonymous.PostAsJsonAsync("/auth/token", new { userName = "chen", password = "chen-password-1" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var payload = JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(body["accessToken"]!.GetValue<string>().Split('.')[1]))!;

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(body["tokenType"]!.GetValue<string>(), Is.EqualTo("Bearer"));
            Assert.That(body["expiresIn"]!.GetValue<int>(), Is.EqualTo(8 * 3600));
            Assert.That(body["positions"]!.AsArray().Select(p => p!.GetValue<string>()), Is.EqualTo(new[] { "office:mediation-committee", "gridMember:grid-member-2" }));
            Assert.That(body["roles"]!.AsArray().Select(p => p!.GetValue<string>()), Is.EqualTo(new[] { "auditor" }));
            Assert.That(payload["sub"]!.GetValue<string>(), Is.EqualTo("chen"));
            Assert.That(payload["iss"]!.GetValue<string>(), Is.EqualTo("caseflow-local"));
            Assert.That(payload["aud"]!.GetValue<string>(), Is.EqualTo("caseflow"));
            Assert.That(payload["caseflow:position"]!.AsArray().Select(p => p!.GetValue<string>()), Is.EqualTo(new[] { "office:mediation-committee", "gridMember:grid-member-2" }));
            Assert.That(body.ToJsonString(), Does.Not.Contain("chen-password-1").And.Not.Contain("AQAAAA"), "neither the password nor its hash is returned");
        });
    }

    [TestCase("chen", "not-chens-password")]
    [TestCase("nobody-at-all", "chen-password-1")]
    [TestCase("retired-li", "li-password-1")]
    public async Task Should_refuse_with_the_same_answer_whatever_was_wrong(string userName, string password)
    {
        using var anonymous = Factory.CreateAnonymousClient();

        var response = await anonymous.PostAsJsonAsync("/auth/token", new { userName, password });
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(401));
            Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("the user name or password is wrong, or the account is disabled; an administrator manages accounts with the user verb"));
        });
    }

    [Test]
    public async Task Should_stop_an_accounts_tokens_as_soon_as_it_is_disabled()
    {
        Assert.That(await Accounts.AddAsync("leaving-wu", "wu-password-1", ["office:justice-office"], []), Is.Null);
        using var anonymous = Factory.CreateAnonymousClient();
        var token = JsonNode.Parse(await (await anonymous.PostAsJsonAsync("/auth/token", new { userName = "leaving-wu", password = "wu-password-1" })).Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var before = await anonymous.GetAsync("/workflows");
        await Accounts.DisableAsync("leaving-wu");
        var after = await anonymous.GetAsync("/workflows");

        Assert.Multiple(() =>
        {
            Assert.That((int)before.StatusCode, Is.EqualTo(200));
            Assert.That((int)after.StatusCode, Is.EqualTo(401));
        });
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void Should_keep_the_signing_key_readable_by_its_owner_only()
    {
        var mode = File.GetUnixFileMode(Factory.SigningKeyFile);

        Assert.Multiple(() =>
        {
            Assert.That(mode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(File.ReadAllText(Factory.SigningKeyFile), Does.StartWith("-----BEGIN EC PRIVATE KEY-----"));
        });
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void Should_refuse_to_start_with_a_signing_key_others_may_read()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        var keyFile = CaseFlowFactory.SigningKeyFileOf(database);
        File.Copy(Factory.SigningKeyFile, keyFile);
        File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            using var factory = new CaseFlowFactory(database);

            var error = Assert.Throws<InvalidOperationException>(() => factory.CreateAnonymousClient());

            Assert.That(error!.Message, Does.Contain(keyFile).And.Contain("chmod 600"));
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
