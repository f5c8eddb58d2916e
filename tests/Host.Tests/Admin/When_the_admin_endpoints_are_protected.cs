using System.Net;
using CaseFlow.Host.Tests.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>With CaseFlow:Admin:Key set, /admin wants it in X-Admin-Key; without one, /admin answers this machine only; the case API is never affected.</summary>
[TestFixture]
public sealed class When_the_admin_endpoints_are_protected
{
    private const string Key = "township-admin-key-2026";

    [Test]
    public async Task Should_refuse_a_request_without_the_key_or_with_a_wrong_one()
    {
        await using var service = Start(new() { ["CaseFlow:Admin:Key"] = Key });
        using var client = service.Factory.CreateClient();

        var without = await client.GetAsync("/admin/definitions/current");
        var wrong = await Send(client, HttpMethod.Get, "/admin/definitions/current", "township-admin-key-2025");
        var publish = await Send(client, HttpMethod.Post, "/admin/definitions/publish", "nope", DefinitionEdits.WithDeadline("petition", 30));

        Assert.Multiple(async () =>
        {
            Assert.That((int)without.StatusCode, Is.EqualTo(401));
            Assert.That((await CaseApi.ProblemAsync(without))["detail"]!.GetValue<string>(), Does.Contain("X-Admin-Key"));
            Assert.That((int)wrong.StatusCode, Is.EqualTo(401));
            Assert.That((int)publish.StatusCode, Is.EqualTo(401));
            Assert.That(await AdminApi.CurrentVersionAsync(KeyedClient(service)), Is.EqualTo(1), "the refused publication changed nothing");
        });
    }

    [Test]
    public async Task Should_answer_a_request_with_the_key_and_leave_the_case_api_open()
    {
        await using var service = Start(new() { ["CaseFlow:Admin:Key"] = Key });
        using var client = service.Factory.CreateClient();

        var keyed = await Send(client, HttpMethod.Get, "/admin/definitions/versions", Key);
        var workflows = await client.GetAsync("/workflows");

        Assert.That((int)keyed.StatusCode, Is.EqualTo(200));
        Assert.That((int)workflows.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Should_answer_only_this_machine_when_no_key_is_configured()
    {
        await using var local = Start([]);
        await using var remote = Start([], IPAddress.Parse("10.0.0.5"));

        var fromHere = await local.Factory.CreateClient().GetAsync("/admin/definitions/current");
        var fromElsewhere = await remote.Factory.CreateClient().GetAsync("/admin/definitions/current");
        var casesFromElsewhere = await remote.Factory.CreateClient().GetAsync("/workflows");

        Assert.Multiple(async () =>
        {
            Assert.That((int)fromHere.StatusCode, Is.EqualTo(200));
            Assert.That((int)fromElsewhere.StatusCode, Is.EqualTo(403));
            Assert.That((await CaseApi.ProblemAsync(fromElsewhere))["detail"]!.GetValue<string>(), Does.Contain("CaseFlow:Admin:Key"));
            Assert.That((int)casesFromElsewhere.StatusCode, Is.EqualTo(200));
        });
    }

    [Test]
    public void Should_refuse_to_start_with_a_key_too_short_to_protect_anything()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Admin:Key"] = "secret" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.That(error!.Message, Does.Contain("CaseFlow:Admin:Key must be at least 16 characters"));
        CaseFlowFactory.DeleteDatabase(database);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string key, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Admin-Key", key);
        if (body is not null)
        {
            request.Content = AdminApi.Json(body);
        }

        return await client.SendAsync(request);
    }

    private static HttpClient KeyedClient(Service service)
    {
        var client = service.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", Key);
        return client;
    }

    private static Service Start(Dictionary<string, string?> settings, IPAddress? remote = null)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        var factory = new CaseFlowFactory(database, settings);
        return new Service(database, factory, remote is null ? factory : factory.WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(remote)))));
    }

    /// <summary>A hosted service and the factory to call it through (one that makes every request come from elsewhere, when asked).</summary>
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

    /// <summary>Makes every request look as if it came from another machine.</summary>
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
