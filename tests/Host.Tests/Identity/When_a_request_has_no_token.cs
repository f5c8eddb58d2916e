using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text;
using CaseFlow.Host.Tests.Http;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>Every endpoint wants a bearer token, and a request without one is told how to get it; POST /auth/token and / alone are open.</summary>
[TestFixture]
public sealed class When_a_request_has_no_token : HostedServiceFixture
{
    private static readonly Guid SomeCase = Guid.Parse("0195a000-0000-7000-8000-000000000001");

    private static IEnumerable<TestCaseData> Endpoints()
    {
        yield return new TestCaseData("GET", "/cases").SetName("cases: list");
        yield return new TestCaseData("GET", $"/cases/{SomeCase}").SetName("cases: read one");
        yield return new TestCaseData("GET", $"/cases/{SomeCase}/diagram").SetName("cases: diagram");
        yield return new TestCaseData("POST", "/cases").SetName("cases: submit");
        yield return new TestCaseData("POST", $"/cases/{SomeCase}/commands/Register").SetName("commands");
        yield return new TestCaseData("GET", "/workflows").SetName("workflows: list");
        yield return new TestCaseData("GET", "/workflows/dispatch/diagram").SetName("workflows: diagram");
        yield return new TestCaseData("GET", "/audit/verify").SetName("audit: verify");
        yield return new TestCaseData("GET", $"/audit/export?caseId={SomeCase}").SetName("audit: export");
        yield return new TestCaseData("GET", "/audit/disclosures").SetName("audit: disclosures");
        yield return new TestCaseData("GET", "/assessment/indicators?from=2026-11-01&to=2026-11-08").SetName("assessment: indicators");
        yield return new TestCaseData("GET", "/briefs/monthly?month=2026-11").SetName("briefs: monthly");
        yield return new TestCaseData("GET", "/admin/definitions/current").SetName("admin: definitions");
        yield return new TestCaseData("POST", "/admin/migrations/plan").SetName("admin: migrations");
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Should_answer_401_saying_how_to_sign_in(string method, string path)
    {
        using var anonymous = Factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"actor": "command-room"}""", Encoding.UTF8, "application/json");
        }

        var response = await anonymous.SendAsync(request);
        var problem = await CaseApi.ProblemAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(401));
            Assert.That(response.Headers.WwwAuthenticate.Select(h => h.Scheme), Is.EqualTo(new[] { "Bearer" }));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("POST /auth/token").And.Contain("Authorization: Bearer"));
        });
    }

    [Test]
    public async Task Should_answer_401_for_a_token_that_is_not_one()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cases");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await anonymous.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(401));
            Assert.That((await CaseApi.ProblemAsync(response))["detail"]!.GetValue<string>(), Does.Contain("refused"));
        });
    }

    [Test]
    public async Task Should_leave_the_service_description_and_sign_in_open()
    {
        using var anonymous = Factory.CreateAnonymousClient();

        var root = await anonymous.GetAsync("/");
        var signIn = await anonymous.PostAsync("/auth/token", new StringContent("""{"userName": "nobody-here", "password": "wrong-password"}""", Encoding.UTF8, "application/json"));

        Assert.Multiple(async () =>
        {
            Assert.That((int)root.StatusCode, Is.EqualTo(200));
            Assert.That(await root.Content.ReadAsStringAsync(), Does.Contain("POST /auth/token"));
            Assert.That((int)signIn.StatusCode, Is.EqualTo(401), "open to try, refused for a wrong password");
        });
    }
}

/// <summary>With CaseFlow:Auth:AnonymousReads on, cases and workflows may be read without a token; nothing else opens.</summary>
[TestFixture]
public sealed class When_anonymous_reads_are_allowed : HostedServiceFixture
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["CaseFlow:Auth:AnonymousReads"] = "true" };

    [Test]
    public async Task Should_answer_reads_of_cases_and_workflows_without_a_token()
    {
        var id = await CaseApi.SubmitAsync(Client, "anonymous-read-1");
        using var anonymous = Factory.CreateAnonymousClient();

        var list = await anonymous.GetAsync("/cases");
        var one = await anonymous.GetAsync($"/cases/{id}");
        var workflows = await anonymous.GetAsync("/workflows");

        Assert.Multiple(() =>
        {
            Assert.That((int)list.StatusCode, Is.EqualTo(200));
            Assert.That((int)one.StatusCode, Is.EqualTo(200));
            Assert.That((int)workflows.StatusCode, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task Should_show_an_anonymous_reader_the_reporters_numbers_masked()
    {
        var submitted = await Client.PostAsJsonAsync("/cases", new
        {
            clientKey = "anonymous-read-2",
            actor = "command-room",
            category = "petition",
            description = "反映征地补偿问题",
            channel = "visit",
            reporter = new { name = "雷先生", phone = "13957884321" },
        });
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        using var anonymous = Factory.CreateAnonymousClient();

        var shown = await anonymous.GetStringAsync($"/cases/{id}");
        var toStaff = await Client.GetStringAsync($"/cases/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(shown, Does.Contain("139****4321").And.Contain("雷**").And.Not.Contain("13957884321"));
            Assert.That(toStaff, Does.Contain("139****4321").And.Not.Contain("13957884321"), "signed-in staff see it masked too; only an auditor who says why sees it");
        });
    }

    [TestCase("POST", "/cases")]
    [TestCase("GET", "/audit/verify")]
    [TestCase("GET", "/admin/definitions/current")]
    [TestCase("GET", "/assessment/territorial?year=2026")]
    public async Task Should_still_want_a_token_for_everything_else(string method, string path)
    {
        using var anonymous = Factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"actor": "grid-member-1"}""", Encoding.UTF8, "application/json");
        }

        var response = await anonymous.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
    }
}
