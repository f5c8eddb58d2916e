using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>What real requests would name: seeded cases and their reporters' codes, the definition's vocabulary, body templates.</summary>
internal sealed record HttpTargets(
    IReadOnlyList<Guid> Cases,
    IReadOnlyDictionary<Guid, string> ReporterCodes,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> Workflows,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Positions,
    string Definition);

/// <summary>
/// FsCheck generators of hostile requests for an endpoint: its route parameters real, wrong or hostile; its query parameters
/// malformed, out of range or hostile; odd X-Acting-As, X-Disclosure-Reason and X-Reporter-Code headers; hostile bodies under right
/// and wrong content types; now and then a method the route does not map; sent by every kind of caller, mostly one that gets past
/// authentication to the endpoint's own checks.
/// </summary>
internal sealed partial class HostileRequests(HttpTargets targets)
{
    private static readonly string[] ContentTypes =
    [
        "text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
        "application/json; charset=utf-7", "application/json; charset=bogus", "application/problem+json", "application/jsonx", "application/*", "*/*",
        "json", "", "\u00e9/\u00e9", "application/json; charset=\"", "application/vnd.masstransit+json",
    ];

    private static readonly string[] BadGuids =
    [
        "not-a-guid", "00000000-0000-0000-0000-00000000000g", "{00000000-0000-0000-0000-000000000000}x", "0", "-1", "..", "%2e%2e", "%00",
        "00000000000000000000000000000000000000000000000", "' OR 1=1 --",
    ];

    private static readonly string[] Ints = ["1", "2", "0", "-1", "2147483647", "2147483648", "99999999999999999999", "1e3", "abc", "1.5", "%00"];

    private static readonly string[] Formats = ["json", "csv", "md", "html", "mermaid", "dot", "text", "JSON", "xlsx", "pdf", "../csv"];

    private static readonly string[] Flags = ["true", "false", "True", "1", "0", "yes", "maybe", ""];

    private static readonly string[] Dimensions = ["township", "platform", "office", "agency", "village", "grid", "gridMember", "county"];

    private static readonly string[] States = ["InProgress", "handle.InProgress", "dispatch.Returned", "Returned", "supervise.Overdue", "handle.Nowhere", ".", "a.b.c"];

    private static readonly string[] Charts = ["chart", "trend", "platforms", "chart.svg", "..%2f..%2fetc%2fpasswd"];

    private static readonly string[] OtherMethods = ["PUT", "DELETE", "PATCH", "OPTIONS", "GET", "POST"];

    /// <summary>A hostile request for the endpoint.</summary>
    public Gen<HostileRequest> For(HttpEndpoint endpoint) =>
        from method in Gen.Frequency((30, Gen.Constant(endpoint.Method)), (1, Gen.Elements(OtherMethods)))
        from caseId in Gen.Elements(targets.Cases.ToArray())
        from path in Path(endpoint, caseId)
        from query in Query(endpoint, caseId)
        from caller in Caller(endpoint)
        from headers in Headers(caseId)
        from body in endpoint.TakesBody ? Body(endpoint).Select(b => (HostileBody?)b) : Gen.Frequency((12, Gen.Constant<HostileBody?>(null)), (1, HostileBody.Junk().Select(b => (HostileBody?)b)))
        from contentType in Gen.Frequency((4, Gen.Constant<string?>("application/json")), (1, Gen.Elements(ContentTypes).Select(t => (string?)t)), (1, Gen.Constant<string?>(null)))
        select new HostileRequest(endpoint, method, path + query, caller, headers, body is null ? null : contentType, body);

    /// <summary>A body of more than ten megabytes for an endpoint that reads one.</summary>
    public Gen<HostileRequest> Giant(HttpEndpoint endpoint) =>
        from caseId in Gen.Elements(targets.Cases.ToArray())
        from path in Path(endpoint, caseId)
        from body in HostileBody.Giant(Template(endpoint))
        select new HostileRequest(endpoint, endpoint.Method, path, Fitting(endpoint.Route), [], "application/json", body);

    private Gen<string> Path(HttpEndpoint endpoint, Guid caseId)
    {
        var values = endpoint.RouteParameters.Select(slot => RouteValue(slot, caseId)).ToList();
        return Gen.CollectToArray(values).Select(chosen =>
        {
            var i = 0;
            // The in-memory test server cannot carry a NUL in a path (Kestrel refuses one with a 400 before the service sees it).
            return RouteParameter().Replace(endpoint.Route, _ => HostileText.ForUrl(chosen[i++]).Replace("%00", "%2500", StringComparison.Ordinal));
        });
    }

    private Gen<string> RouteValue(RouteSlot slot, Guid caseId) => (slot.Constraint, slot.Name) switch
    {
        ("guid", _) => Gen.Frequency(
            (6, Gen.Constant(caseId.ToString())),
            (2, Gen.Fresh(() => Guid.NewGuid().ToString())),
            (1, Gen.Elements(Guid.Empty.ToString(), caseId.ToString("N"), caseId.ToString("B"), caseId.ToString().ToUpperInvariant())),
            (1, Gen.Elements(BadGuids))),
        ("int", _) => Gen.Elements(Ints),
        (_, "trigger") => Gen.Frequency(
            (3, Gen.Elements(targets.Triggers.ToArray())),
            (1, Gen.Elements(targets.Triggers.ToArray()).Select(t => Regex.Replace(t, "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant())),
            (2, HostileText.OrReal(targets.Triggers))),
        (_, "chart") => HostileText.OrReal(Charts),
        (_, "workflow" or "id") => HostileText.OrReal(targets.Workflows),
        _ => HostileText.Any(),
    };

    private Gen<string> Query(HttpEndpoint endpoint, Guid caseId)
    {
        var parameters = endpoint.QueryParameters.Select(name =>
            Gen.Frequency(
                (3, QueryValue(name, caseId).Select(value => $"{name}={HostileText.ForUrl(value)}")),
                (1, Gen.Constant("")),
                (1, QueryValue(name, caseId).Select(value => $"{name}={HostileText.ForUrl(value)}&{name}={HostileText.ForUrl(value)}x"))));
        var extra = Gen.Frequency((6, Gen.Constant("")), (1, HostileText.Any().Select(v => $"{HostileText.ForUrl(v)}={HostileText.ForUrl(v)}")));
        return Gen.CollectToArray(parameters.Append(extra))
            .Select(parts => parts.Where(p => p.Length > 0).ToList())
            .Select(parts => parts.Count == 0 ? "" : "?" + string.Join('&', parts));
    }

    private Gen<string> QueryValue(string name, Guid caseId) => name switch
    {
        "from" or "to" or "at" or "asOf" or "week" or "month" or "year" => Gen.Frequency((4, Gen.Elements(HostileText.Dates)), (1, HostileText.Any())),
        "format" => HostileText.OrReal(Formats),
        "personalData" or "disclose" => HostileText.OrReal(Flags),
        "by" => HostileText.OrReal(Dimensions),
        "platform" => HostileText.OrReal(targets.Platforms),
        "workflow" => HostileText.OrReal(targets.Workflows),
        "state" => Gen.Frequency(
            (3, HostileText.OrReal(States)),
            (1, Gen.Elements(States).Two().Select(pair => $"{pair.Item1},{pair.Item2}"))),
        "supervision" => HostileText.OrReal(["OnTrack", "Warned", "Overdue", "Unknown"]),
        "overdue" or "final" => HostileText.OrReal(Flags),
        "limit" or "fromVersion" or "toVersion" or "version" => Gen.OneOf(Gen.Elements(Ints), HostileText.Any()),
        "caseId" => Gen.Frequency((3, Gen.Constant(caseId.ToString())), (1, Gen.Elements(BadGuids)), (1, HostileText.Any())),
        "code" => Gen.Frequency((2, Gen.Constant(targets.ReporterCodes.GetValueOrDefault(caseId, ""))), (1, Gen.Elements(targets.ReporterCodes.Values.ToArray())), (2, HostileText.Any())),
        _ => HostileText.Any(),
    };

    private static Gen<HttpCaller> Caller(HttpEndpoint endpoint) => Gen.Frequency(
        (12, Gen.Constant(Fitting(endpoint.Route))),
        (1, Gen.Elements(Enum.GetValues<HttpCaller>())));

    /// <summary>The caller a request to the route needs to reach the endpoint's own checks.</summary>
    private static HttpCaller Fitting(string route) => route switch
    {
        _ when route.StartsWith("/admin", StringComparison.Ordinal) => HttpCaller.Administrator,
        _ when route.StartsWith("/audit", StringComparison.Ordinal) => HttpCaller.Auditor,
        _ when route.StartsWith("/reporter", StringComparison.Ordinal) || route.StartsWith("/auth", StringComparison.Ordinal) => HttpCaller.Anonymous,
        _ when route.Contains("/commands/", StringComparison.Ordinal) => HttpCaller.SeveralPositions,
        "/" => HttpCaller.Anonymous,
        _ => HttpCaller.CommandRoom,
    };

    private Gen<IReadOnlyList<KeyValuePair<string, string>>> Headers(Guid caseId)
    {
        var actingAs = Header("X-Acting-As", HostileText.OrReal(targets.Positions.Concat(targets.Positions.Select(p => p[(p.IndexOf(':', StringComparison.Ordinal) + 1)..])).ToList()));
        var reason = Header("X-Disclosure-Reason", Gen.OneOf(
            HostileText.Any(),
            HostileText.Any().Select(Uri.EscapeDataString),
            Gen.Elements("%E0%A4%A", "%", "%%", "%FF%FE", "%ED%A0%80", "%00", "核实来电%20", new string('x', 5_000), "%E6%A0%B8%E5%AE%9E")));
        var code = Header("X-Reporter-Code", Gen.Frequency(
            (2, Gen.Constant(targets.ReporterCodes.GetValueOrDefault(caseId, ""))),
            (1, Gen.Elements(targets.ReporterCodes.Values.ToArray())),
            (2, HostileText.Any())));
        var accept = Header("Accept", Gen.Elements("application/xml", "*/*", "text/html", "\u00e9", "application/problem+json"));
        return Gen.CollectToArray(new[] { actingAs, reason, code, accept })
            .Select(headers => (IReadOnlyList<KeyValuePair<string, string>>)[.. headers.OfType<KeyValuePair<string, string>>()]);
    }

    private static Gen<KeyValuePair<string, string>?> Header(string name, Gen<string> value) => Gen.Frequency(
        (2, Gen.Constant<KeyValuePair<string, string>?>(null)),
        (1, value.Select(v => (KeyValuePair<string, string>?)new KeyValuePair<string, string>(name, HostileText.ForHeader(v)))));

    private Gen<HostileBody> Body(HttpEndpoint endpoint) => HostileBody.From(Template(endpoint));

    /// <summary>A well-formed body for the endpoint, for mutations to start from; an empty object for a route this suite knows nothing of.</summary>
    private Func<Json> Template(HttpEndpoint endpoint) => endpoint.Route switch
    {
        "/cases" => () => Json.From(new JsonObject
        {
            ["clientKey"] = $"hostile-{Guid.NewGuid():N}",
            ["actor"] = "command-room",
            ["category"] = "illegal-construction",
            ["title"] = "违建",
            ["description"] = "村口新建铁皮棚",
            ["channel"] = "hotline",
            ["priority"] = "normal",
            ["location"] = "村口",
            ["village"] = "village-1",
            ["grid"] = "grid-1",
            ["reporter"] = new JsonObject { ["name"] = "蓝女士", ["phone"] = "13800000000", ["idNumber"] = "330100199001011234" },
        }),
        _ when endpoint.Route.Contains("/commands/", StringComparison.Ordinal) => () => Json.From(new JsonObject
        {
            ["actor"] = "command-room",
            ["platform"] = targets.Platforms.Count > 0 ? targets.Platforms[0] : "governance",
            ["leadOffice"] = "demolition-office",
            ["coHandlers"] = new JsonArray("police-station", "food-safety-office"),
            ["office"] = "police-station",
            ["reason"] = "需要核实",
            ["note"] = "已处理",
            ["result"] = "已拆除",
            ["outcome"] = "confirmed",
            ["rating"] = "satisfied",
            ["approved"] = true,
            ["workingDays"] = 3,
            ["jurisdiction"] = "township",
            ["duplicateOf"] = targets.Cases[0].ToString(),
            ["countyCaseNumber"] = "YH12345-1",
            ["department"] = "县医疗保障局",
            ["deadline"] = "2026-12-04T17:00:00+08:00",
            ["calledAt"] = "2026-11-30T10:00:00+08:00",
            ["reached"] = true,
        }),
        "/auth/token" => () => Json.From(new JsonObject { ["userName"] = "hostile-admin", ["password"] = "wrong" }),
        _ when endpoint.Route.StartsWith("/admin/migrations", StringComparison.Ordinal) => () => Json.From(new JsonObject
        {
            ["fromVersion"] = 1,
            ["toVersion"] = 1,
            ["stateMapping"] = new JsonObject { ["receive.Submitted"] = "receive.Registered" },
            ["actor"] = "admin",
            ["reason"] = "测试",
        }),
        _ when endpoint.Route.StartsWith("/admin/definitions", StringComparison.Ordinal) => () => Json.From(JsonNode.Parse(targets.Definition)),
        _ when endpoint.Route.StartsWith("/admin/calendar", StringComparison.Ordinal) => () => Json.From(JsonNode.Parse(targets.Definition)!["calendar"]!.DeepClone()),
        _ => () => new Json.Obj([]),
    };

    [GeneratedRegex(@"\{\w+(:\w+)?\}")]
    private static partial Regex RouteParameter();
}
