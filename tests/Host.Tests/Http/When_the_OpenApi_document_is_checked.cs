using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Host.Http;
using CaseFlow.Host.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CaseFlow.Host.Tests.Http;

/// <summary>
/// /openapi/v1.json is what docs/openapi.json holds, describes every route the service maps (and no other), and says of each
/// operation what the running service does: who it turns away, what it answers; the reference page loads nothing from elsewhere.
/// </summary>
[TestFixture]
public sealed partial class When_the_OpenApi_document_is_checked : HostedServiceFixture
{
    /// <summary>The routes left out of the document on purpose: the workbench (HTML for people), the document and the reference page themselves.</summary>
    private static readonly string[] Undescribed = ["/workbench", "/openapi/", CaseFlowOpenApiExtensions.ReferencePath];

    private static readonly string[] Methods = ["get", "head", "post", "put", "patch", "delete"];

    private string _text = "";
    private JsonObject _document = null!;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["CaseFlow:RateLimit:PermitLimit"] = "100000" };

    private IEnumerable<(string Path, string Method, JsonObject Operation)> Operations =>
        _document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(o => Methods.Contains(o.Key))
            .Select(o => (p.Key, o.Key, o.Value!.AsObject())));

    [OneTimeSetUp]
    public async Task FetchDocument()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        var response = await anonymous.GetAsync(CaseFlowOpenApiExtensions.DocumentPath);
        _text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"the document is served to anonymous callers: {_text}");
        _document = JsonNode.Parse(_text)!.AsObject();
    }

    [Test]
    public void Should_be_the_committed_document()
    {
        var served = _text.ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (OpenApiFile.Regenerating)
        {
            File.WriteAllText(OpenApiFile.PathInRepository, served);
        }

        var committed = OpenApiFile.ReadText().Split('\n');
        var generated = served.Split('\n');
        var differs = Enumerable.Range(0, Math.Max(committed.Length, generated.Length))
            .FirstOrDefault(i => i >= committed.Length || i >= generated.Length || committed[i] != generated[i], -1);
        Assert.That(differs, Is.EqualTo(-1),
            $"docs/openapi.json is out of date with the service (first difference at line {differs + 1}: committed '{Line(committed, differs)}', "
            + $"served '{Line(generated, differs)}'); run `{OpenApiFile.RegenerateCommand}` and commit it");
    }

    [Test]
    public void Should_be_a_valid_openapi_document()
    {
        var read = OpenApiDocument.Parse(_text, "json");
        Assert.Multiple(() =>
        {
            Assert.That(read.Diagnostic?.Errors.Select(e => e.ToString()), Is.Empty);
            Assert.That(read.Document, Is.Not.Null);
            Assert.That(_document["openapi"]?.GetValue<string>(), Does.StartWith("3."));
            Assert.That(read.Document?.Info.Title, Is.EqualTo("CaseFlow"));
            Assert.That(read.Document?.Components?.SecuritySchemes?.Keys, Is.SupersetOf(new[] { "bearer", "reporterCode", "workbenchCookie" }));
            Assert.That(Operations.Select(o => o.Operation["operationId"]?.GetValue<string>()), Is.All.Not.Null, "every operation has an id, for generated method names");
            Assert.That(Operations.Select(o => o.Operation["operationId"]?.GetValue<string>()), Is.Unique, "no two operations share an id");
            Assert.That(Operations.Where(o => o.Operation["summary"] is null).Select(o => $"{o.Method} {o.Path}"), Is.Empty, "every operation has a summary");
        });
    }

    [Test]
    public void Should_describe_every_route_the_service_maps_and_no_other()
    {
        // A page answering browsers at an API route's address (the reporter's link) is that operation's HTML, not an operation of its own.
        var mapped = Factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ForBrowsersAttribute>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["(any)"]).Select(m => $"{m.ToLowerInvariant()} {PathOf(e.RoutePattern)}"))
            .Where(route => !Undescribed.Any(prefix => route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..].StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToHashSet();
        var described = Operations.Select(o => $"{o.Method} {o.Path}").ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(mapped, Is.Not.Empty);
            Assert.That(mapped.Except(described), Is.Empty, "mapped but not in the document");
            Assert.That(described.Except(mapped), Is.Empty, "in the document but not mapped");
        });
    }

    [Test]
    public void Should_name_a_schema_for_every_json_body_and_answer()
    {
        Assert.Multiple(() =>
        {
            foreach (var (path, method, operation) in Operations)
            {
                if (operation["requestBody"]?["content"]?["application/json"] is { } body)
                {
                    Assert.That(SchemaName(body["schema"]), Is.Not.Null, $"{method} {path}'s JSON body names a schema");
                }

                var success = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).ToList();
                Assert.That(success, Is.Not.Empty, $"{method} {path} has a 2xx response");
                foreach (var (status, response) in success)
                {
                    var content = response!["content"]?.AsObject();
                    Assert.That(content, Is.Not.Null.And.Not.Empty, $"{method} {path} {status} says what it answers");
                    if (content?["application/json"] is { } json)
                    {
                        Assert.That(SchemaName(json["schema"]) ?? json["schema"]?["items"]?["$ref"]?.GetValue<string>(), Is.Not.Null, $"{method} {path} {status} names its JSON schema");
                    }
                }

                // The readiness probe's 503 is its health report (what a load balancer reads), not a problem.
                foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5' && !(path == "/health/ready" && r.Key == "503")))
                {
                    // The Open311 operations refuse in the specification's error format, as their clients expect; limits and the rate still answer problems.
                    if (path.StartsWith("/open311/", StringComparison.Ordinal) && response!["content"]?["application/json"]?["schema"]?["items"]?["$ref"] is { } error)
                    {
                        Assert.That(error.GetValue<string>(), Does.EndWith("/Open311Error"), $"{method} {path} {status} is an Open311 error list");
                        continue;
                    }

                    Assert.That(response!["content"]?["application/problem+json"], Is.Not.Null, $"{method} {path} {status} is a problem");
                }
            }
        });
    }

    [Test]
    public async Task Should_say_which_operations_turn_anonymous_callers_away()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        var results = new List<string>();
        foreach (var (path, method, operation) in Operations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), Filled(path));
            if (method == "post")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await anonymous.SendAsync(request);
            var challenged = response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer");
            var declaresBearer = Schemes(operation).Contains("bearer");
            var declares401 = operation["responses"]!["401"] is not null;
            if (challenged != declaresBearer || (challenged && !declares401))
            {
                results.Add($"{method} {path}: anonymous call answered {(int)response.StatusCode}, document says bearer={declaresBearer}, 401={declares401}");
            }
        }

        Assert.That(results, Is.Empty);
    }

    [Test]
    public async Task Should_declare_the_role_an_operation_refuses_a_caller_without()
    {
        using var plain = Factory.CreateClientAs("openapi-plain", []);
        var results = new List<string>();
        foreach (var (path, method, operation) in Operations.Where(o => Schemes(o.Operation).Contains("bearer")))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), Filled(path));
            using var response = await plain.SendAsync(request);
            var refused = response.StatusCode == HttpStatusCode.Forbidden && (await response.Content.ReadAsStringAsync()).Contains("Role required", StringComparison.Ordinal);
            if (refused && operation["responses"]!["403"] is null)
            {
                results.Add($"{method} {path} refuses a caller without a role (403) but does not say so");
            }
        }

        Assert.That(results, Is.Empty);
    }

    [Test]
    public async Task Should_serve_a_reference_page_that_loads_nothing_from_elsewhere()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        var response = await anonymous.GetAsync(CaseFlowOpenApiExtensions.ReferencePath + "/");
        var html = await response.Content.ReadAsStringAsync();
        var sources = SourceAttribute().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(sources, Is.Not.Empty, "the page loads its script");
            Assert.That(AbsoluteUrl().Matches(html).Select(m => m.Value), Is.Empty, "no address on another origin");
            Assert.That(html, Does.Contain("\"withDefaultFonts\":false"), "fonts are not fetched from Scalar's servers");
        });
        foreach (var source in sources)
        {
            var asset = await anonymous.GetAsync(new Uri(new Uri(anonymous.BaseAddress!, CaseFlowOpenApiExtensions.ReferencePath + "/"), source));
            Assert.That(asset.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{source} is served from here");
            Assert.That(asset.Content.Headers.ContentType?.MediaType, Does.Contain("javascript"), source);
        }
    }

    [Test]
    public async Task Should_refuse_a_query_with_a_problem()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        var response = await anonymous.GetAsync(CaseFlowOpenApiExtensions.DocumentPath + "?documentName=%E2%80%AEevil");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body, Does.Not.Contain("evil"), "the value given is not repeated");
        });
    }

    [Test]
    public void Should_hold_no_setting_of_the_service()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_text, Does.Not.Contain(Path.GetFileNameWithoutExtension(Factory.Database)), "the database path");
            Assert.That(_text, Does.Not.Contain(Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar)), "any temporary path");
            Assert.That(_text, Does.Not.Contain("localhost").And.Not.Contain("127.0.0.1"), "no server address of this host");
            Assert.That(_document["servers"], Is.Null.Or.Empty, "clients call the host they fetched the document from");
        });
    }

    /// <summary>A route pattern written as the document writes paths: parameters by name, without their constraints.</summary>
    private static string PathOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));

    /// <summary>A path with each parameter given a value of its kind.</summary>
    private static string Filled(string path) => path
        .Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{version}", "1", StringComparison.Ordinal)
        .Replace("{trigger}", "Accept", StringComparison.Ordinal)
        .Replace("{workflow}", "handle", StringComparison.Ordinal)
        .Replace("{chart}", "overdue", StringComparison.Ordinal);

    private static List<string> Schemes(JsonObject operation) =>
        operation["security"]?.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList() ?? [];

    private static string? SchemaName(JsonNode? schema) => schema?["$ref"]?.GetValue<string>();

    private static string Line(string[] lines, int index) => index >= 0 && index < lines.Length ? lines[index].Trim() : "(end of file)";

    [GeneratedRegex("""(?:src|href)\s*=\s*["'](?<url>[^"']+)["']""")]
    private static partial Regex SourceAttribute();

    [GeneratedRegex("""(?:https?:)?//[A-Za-z0-9.-]+""")]
    private static partial Regex AbsoluteUrl();
}
