using System.Net;
using CaseFlow.Host.Tests.Http;
using CaseFlow.Host.Tests.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>
/// /admin needs a signed-in caller with the administrator role, wherever the request comes from (this machine included: a reverse
/// proxy on the same host must not open it); the administrator recorded is the signed-in identity, whatever a header says.
/// </summary>
[TestFixture]
public sealed class When_the_admin_endpoints_are_protected
{
    [Test]
    public async Task Should_refuse_a_caller_without_a_token_and_say_how_to_sign_in()
    {
        await using var service = Start();
        using var anonymous = service.Root.CreateAnonymousClient();

        var current = await anonymous.GetAsync("/admin/definitions/current");
        var publish = await anonymous.PostAsync("/admin/definitions/publish", AdminApi.Json(DefinitionEdits.WithDeadline("petition", 30)));

        Assert.Multiple(async () =>
        {
            Assert.That((int)current.StatusCode, Is.EqualTo(401));
            Assert.That((await CaseApi.ProblemAsync(current))["detail"]!.GetValue<string>(), Does.Contain("POST /auth/token").And.Contain("Authorization: Bearer"));
            Assert.That((int)publish.StatusCode, Is.EqualTo(401));
            Assert.That(await AdminApi.CurrentVersionAsync(service.Root.CreateClient()), Is.EqualTo(1), "the refused publication changed nothing");
        });
    }

    [Test]
    public async Task Should_refuse_a_signed_in_caller_without_the_administrator_role_naming_it()
    {
        await using var service = Start();
        using var office = service.Root.CreateClientAs("demolition-clerk", ["office:demolition-office"], ["auditor"]);

        var current = await office.GetAsync("/admin/definitions/current");
        var publish = await office.PostAsync("/admin/definitions/publish", AdminApi.Json(DefinitionEdits.WithDeadline("petition", 30)));
        var problem = await CaseApi.ProblemAsync(publish);

        Assert.Multiple(async () =>
        {
            Assert.That((int)current.StatusCode, Is.EqualTo(403));
            Assert.That((int)publish.StatusCode, Is.EqualTo(403));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("administrator").And.Contain("demolition-clerk").And.Contain("auditor"));
            Assert.That(await AdminApi.CurrentVersionAsync(service.Root.CreateClient()), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_refuse_requests_from_this_machine_without_the_role()
    {
        await using var service = Start(IPAddress.Loopback);
        using var anonymous = service.Factory.CreateClient();
        using var office = service.Factory.CreateDefaultClient(new TestSignIn(service.Factory).HandlerFor("proxy-clerk", ["office:demolition-office"]));

        var withoutToken = await anonymous.GetAsync("/admin/definitions/current");
        var withoutRole = await office.GetAsync("/admin/definitions/current");

        Assert.Multiple(() =>
        {
            Assert.That((int)withoutToken.StatusCode, Is.EqualTo(401));
            Assert.That((int)withoutRole.StatusCode, Is.EqualTo(403));
        });
    }

    [Test]
    public async Task Should_record_the_signed_in_administrator_not_the_name_a_header_gives()
    {
        await using var service = Start();
        using var admin = service.Root.CreateClientAs("admin-wang", [], ["administrator"]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/definitions/publish") { Content = AdminApi.Json(DefinitionEdits.WithDeadline("petition", 30)) };
        request.Headers.Add("X-Admin-Actor", "mallory");

        var response = await admin.SendAsync(request);
        var body = await AdminApi.ReadAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(201));
            Assert.That(body["version"]!["publishedBy"]!.GetValue<string>(), Is.EqualTo("admin-wang"));
        });
    }

    [TestCase("CaseFlow:Admin:Key", "township-admin-key-2026", "administrator role")]
    [TestCase("CaseFlow:Audit:PersonalDataAuditors:0", "审计员-王", "auditor role")]
    public void Should_refuse_to_start_with_a_retired_setting_saying_what_protects_instead(string setting, string value, string instead)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { [setting] = value });

        var error = factory.StartupRefusal();

        Assert.That(error!.Message, Does.Contain(setting.Split(":0")[0]).And.Contain("no longer read").And.Contain(instead));
        CaseFlowFactory.DeleteDatabase(database);
    }

    private static Service Start(IPAddress? remote = null)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        var factory = new CaseFlowFactory(database);
        return new Service(database, factory, remote is null ? factory : factory.WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(remote)))));
    }

    /// <summary>A hosted service and the factory to call it through (one that makes every request come from a given address, when asked).</summary>
    private sealed record Service(string Database, CaseFlowFactory Root, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            if (!ReferenceEquals(Factory, Root))
            {
                await Root.DisposeAsync();
            }

            CaseFlowFactory.DeleteDatabase(Database);
        }
    }

    /// <summary>Makes every request look as if it came from the given address.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
