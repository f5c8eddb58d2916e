using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Tests.Admin;
using CaseFlow.Host.Tests.Http;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>
/// More than a thousand hostile requests, generated with FsCheck from a fixed seed, across every endpoint the service's routing maps
/// (read at run time), sent by every kind of caller to a service holding real cases: none may end in a 5xx or an error in the service's
/// log, every refusal is an RFC 7807 problem (on the Open311 surface, the specification's error document) saying what was wrong, and every case's chain verifies afterwards.
/// </summary>
[TestFixture]
public sealed class When_hostile_requests_reach_every_endpoint
{
    private const int Target = 1_200;
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(30);

    private readonly CapturedLogs _logs = new();
    private readonly List<Sent> _sent = [];
    private readonly Dictionary<HttpCaller, HttpClient> _clients = [];
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private IReadOnlyList<HttpEndpoint> _surface = [];
    private VerifyReport _chains = null!;
    private IReadOnlyList<LogRecord> _errors = [];

    [OneTimeSetUp]
    public async Task Send_the_hostile_requests()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, logs: _logs);
        var targets = await SeedAsync();
        Clients(targets);
        _surface = HttpSurface.Of(_factory.Services);

        var requests = Generate(targets);
        foreach (var (request, index) in requests.Select((r, i) => (r, i)))
        {
            _sent.Add(await SendAsync(index, request));
        }

        _chains = await ChainVerifier.VerifyAsync(_factory.Services.GetRequiredService<ICaseStore>());
        _errors = [.. _logs.Records.Where(r => r.Level >= LogLevel.Error)];
        var summary = $"hostile HTTP: {_sent.Count} requests over {_surface.Count} endpoints ({HostileSeed.Repeat}), "
            + $"{_sent.Count(s => s.Status >= 500)} 5xx, statuses {HostileSeed.Counts(_sent.Select(s => s.Status))}; "
            + $"callers {HostileSeed.Counts(_sent.Select(s => s.Request.Caller))}; {_errors.Count} error log entries; "
            + $"chains: {_chains.Cases} cases, {_chains.Events} events, {(_chains.IsIntact ? "intact" : $"{_chains.Broken.Count} broken")}";
        var failing = _sent.Where(s => s.Status is >= 500 or 0 || s.Status >= 400 && !s.IsProblem || s.Logs.Any(l => l.Level >= LogLevel.Error)).ToList();
        if (failing.Count > 0)
        {
            var report = Path.Combine(TestContext.CurrentContext.WorkDirectory, "hostile-http-failures.txt");
            await File.WriteAllLinesAsync(report, failing.Select(s => $"{Describe(s)}\n  logged: {string.Join("\n  logged: ", s.Logs.Select(l => $"{l.Level} {l.Category}: {l.Message} {l.Exception}"))}\n"));
            summary += $"\nfailing, by endpoint and what went wrong (every one in {report}): {HostileSeed.Counts(failing.Select(Failure))}";
        }

        TestContext.Progress.WriteLine(summary);
        TestContext.Out.WriteLine(summary);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public void Should_send_over_a_thousand_requests_and_get_past_sign_in_at_every_endpoint()
    {
        var reached = _sent.Where(s => s.Status is not (401 or 0)).Select(s => s.Request.Endpoint.Name).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(_sent, Has.Count.GreaterThanOrEqualTo(1_000));
            Assert.That(_surface.Select(e => e.Name).Except(_sent.Select(s => s.Request.Endpoint.Name)), Is.Empty, "endpoints that got no request");
            Assert.That(_surface.Select(e => e.Name).Except(reached), Is.Empty, "endpoints no request got past sign-in to");
        });
    }

    [Test]
    public void Should_answer_no_request_with_a_server_error() =>
        Assert.That(Offending(s => s.Status is >= 500 or 0), Is.Empty, $"requests answered with a 5xx or a crash ({HostileSeed.Repeat})");

    [Test]
    public void Should_refuse_every_request_with_a_problem_saying_what_was_wrong() =>
        Assert.That(Offending(s => s.Status is >= 400 and < 500 && !s.IsProblem), Is.Empty, $"refusals that are not an application/problem+json with a title or detail ({HostileSeed.Repeat})");

    [Test]
    public void Should_log_no_error() =>
        Assert.That(
            _errors.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception?.GetType().Name}: {e.Exception?.Message}\n  after request: {_sent.FirstOrDefault(s => s.Logs.Contains(e))?.Request.Describe()}"),
            Is.Empty,
            $"errors in the service's log ({HostileSeed.Repeat})");

    [Test]
    public void Should_keep_every_chain_intact() =>
        Assert.That(_chains.Broken.Select(b => $"{b.CaseId} at {b.FirstBadSequence}: {b.Reason}"), Is.Empty);

    private static bool IsProblem(string? contentType, string body, bool open311)
    {
        if (open311 && contentType is "application/json" or "text/xml" && IsOpen311Error(contentType, body))
        {
            return true;
        }

        if (contentType != "application/problem+json")
        {
            return false;
        }

        try
        {
            return JsonNode.Parse(body) is JsonObject problem
                && (problem["detail"] is JsonValue detail && detail.GetValue<string>().Trim().Length > 0
                    || problem["title"] is JsonValue title && title.GetValue<string>().Trim().Length > 0);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The Open311 endpoints refuse in the GeoReport v2 error format, as their clients expect: a list of errors, each with its code
    /// and a description that is not blank (JSON <c>[{"code":…,"description":…}]</c>, XML <c>&lt;errors&gt;&lt;error&gt;…</c>).
    /// </summary>
    private static bool IsOpen311Error(string contentType, string body)
    {
        try
        {
            if (contentType == "text/xml")
            {
                var errors = System.Xml.Linq.XDocument.Parse(body).Root;
                return errors?.Name.LocalName == "errors" && errors.Elements("error").Any()
                    && errors.Elements("error").All(e => int.TryParse(e.Element("code")?.Value, out _) && e.Element("description")?.Value.Trim().Length > 0);
            }

            return JsonNode.Parse(body) is JsonArray { Count: > 0 } list
                && list.All(e => e is JsonObject error && error["code"] is JsonValue code && code.TryGetValue<int>(out _)
                    && error["description"] is JsonValue description && description.GetValue<string>().Trim().Length > 0);
        }
        catch (Exception e) when (e is JsonException or System.Xml.XmlException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>What went wrong with a request, in a few words: its endpoint, status and the first exception the service logged.</summary>
    private static string Failure(Sent sent) =>
        $"[{sent.Request.Endpoint.Name} → {sent.Status}{(sent.IsProblem ? "" : $" {sent.ContentType ?? "no body"}")} {sent.Logs.FirstOrDefault(l => l.Level >= LogLevel.Error)?.Exception?.GetType().Name}]";

    private List<string> Offending(Func<Sent, bool> wrong) =>
        [.. _sent.Where(wrong).Take(25).Select(Describe)];

    private static string Describe(Sent s) => $"#{s.Index} {s.Request.Describe()}\n  → {s.Status} {s.ContentType}: {HostileRequest.Escape(s.Body)}";

    private async Task<Sent> SendAsync(int index, HostileRequest request)
    {
        var logged = _logs.Records.Count;
        using var timeout = new CancellationTokenSource(PerRequest);
        using var message = request.ToMessage();
        int status;
        string? contentType;
        string body;
        try
        {
            using var response = await _clients[request.Caller].SendAsync(message, timeout.Token);
            status = (int)response.StatusCode;
            contentType = response.Content.Headers.ContentType?.MediaType;
            body = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidOperationException or IOException)
        {
            (status, contentType, body) = (0, null, $"the request failed: {e}");
        }

        // A browser (Accept: text/html) at the reporter's link is refused with the reporter's page saying so in Chinese, not with JSON.
        var refusedPage = contentType == "text/html" && request.Url.StartsWith("/reporter/", StringComparison.Ordinal) && message.Headers.Accept.Any(a => a.MediaType == "text/html") && body.Contains("<h1>", StringComparison.Ordinal);
        return new Sent(index, request, status, contentType, IsProblem(contentType, body, request.Endpoint.Route.StartsWith("/open311/", StringComparison.Ordinal)) || refusedPage, body.Length > 2_000 ? body[..2_000] : body, [.. _logs.Records.Skip(logged)]);
    }

    private List<HostileRequest> Generate(HttpTargets targets)
    {
        var generator = new HostileRequests(targets);
        var perEndpoint = (Target + _surface.Count - 1) / _surface.Count;
        var requests = _surface
            .SelectMany((endpoint, i) => generator.For(endpoint).Sample(perEndpoint, HostileSeed.Stream(i), 30))
            .ToList();

        // A few bodies of more than ten megabytes, not more: each is held in memory while it is sent.
        var bodies = _surface.Where(e => e.TakesBody).ToList();
        requests.AddRange(Enumerable.Range(0, 3).SelectMany(i => generator.Giant(bodies[i * 7 % bodies.Count]).Sample(1, HostileSeed.Stream(1_000 + i), 30)));
        new Random(HostileSeed.Value).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(requests));
        return requests;
    }

    /// <summary>Cases the requests can name: one just submitted, one registered, one awaiting its reporter's feedback.</summary>
    private async Task<HttpTargets> SeedAsync()
    {
        using var client = _factory.CreateClient();
        var submitted = await CaseApi.SubmitAsync(client, "hostile-seed-1");
        var registered = await HotlineCaseAsync(client, "hostile-seed-2");
        await CaseApi.AcceptAsync(client, registered, "Register", new { actor = "command-room" });
        var awaitingFeedback = await HotlineCaseAsync(client, "hostile-seed-3");
        await CaseApi.AcceptAsync(client, awaitingFeedback, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(client, awaitingFeedback, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(client, awaitingFeedback, "Dispatch", new { actor = "command-room" });
        await CaseApi.AcceptAsync(client, awaitingFeedback, "Assign", new { actor = "armed-forces-head" });
        await CaseApi.AcceptAsync(client, awaitingFeedback, "SignFor", new { actor = "demolition-office" });
        await CaseApi.AcceptAsync(client, awaitingFeedback, "Complete", new { actor = "demolition-office", result = "违建已拆除" });
        await CaseApi.AcceptAsync(client, awaitingFeedback, "FeedBack", new { actor = "command-room", note = "已拆除，请确认" });

        Guid[] cases = [submitted, registered, awaitingFeedback];
        var links = _factory.Services.GetRequiredService<CaseService>().ReporterLinks;
        var definition = _factory.Services.GetRequiredService<DefinitionRegistry>().Current;
        return new HttpTargets(
            cases,
            cases.ToDictionary(id => id, links.Issue),
            [.. definition.Definition.Workflows.SelectMany(w => w.Triggers).Distinct()],
            [.. definition.Definition.Workflows.Select(w => w.Id)],
            [.. definition.Definition.Organisation.Platforms.Select(p => p.Id)],
            [.. Positions.Declared(definition).Select(p => p.ToString())],
            await File.ReadAllTextAsync(CaseFlowFactory.DefinitionPath()));
    }

    private static async Task<Guid> HotlineCaseAsync(HttpClient client, string key)
    {
        var response = await client.PostAsJsonAsync("/cases", new
        {
            clientKey = key,
            actor = "command-room",
            category = "illegal-construction",
            title = "违建",
            description = "村口新建铁皮棚",
            channel = "hotline",
            reporter = new { name = "蓝女士", phone = "13800000000" },
        });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    /// <summary>A client per kind of caller; each signs in (or fails to) on its first request.</summary>
    private void Clients(HttpTargets targets)
    {
        var commandRoom = targets.Positions.First(p => p.EndsWith(":command-room", StringComparison.Ordinal));
        _clients[HttpCaller.CommandRoom] = _factory.CreateClientAs("hostile-command-room", [commandRoom]);
        _clients[HttpCaller.Office] = _factory.CreateClientAs("hostile-office", ["office:demolition-office"]);
        _clients[HttpCaller.SeveralPositions] = _factory.CreateClientAs("hostile-several", [commandRoom, "office:demolition-office", "office:police-station"]);
        _clients[HttpCaller.NoPosition] = _factory.CreateClientAs("hostile-nobody", []);
        _clients[HttpCaller.Administrator] = _factory.CreateClientAs("hostile-administrator", [], [AccountRoles.Administrator]);
        _clients[HttpCaller.Auditor] = _factory.CreateClientAs("hostile-auditor", [], [AccountRoles.Auditor]);
        _clients[HttpCaller.Anonymous] = _factory.CreateAnonymousClient();
        var forged = _factory.CreateAnonymousClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJob3N0aWxlLWFkbWluaXN0cmF0b3IiLCJyb2xlIjoiYWRtaW5pc3RyYXRvciJ9.");
        _clients[HttpCaller.ForgedToken] = forged;
    }

    private sealed record Sent(int Index, HostileRequest Request, int Status, string? ContentType, bool IsProblem, string Body, IReadOnlyList<LogRecord> Logs);
}
