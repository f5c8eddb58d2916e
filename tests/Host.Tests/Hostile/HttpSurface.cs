using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using CaseFlow.Host.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>One method of one route the service maps, with the route's parameters and the query parameters its handler reads.</summary>
internal sealed record HttpEndpoint(string Method, string Route, IReadOnlyList<RouteSlot> RouteParameters, IReadOnlyList<string> QueryParameters)
{
    public string Name => $"{Method} {Route}";

    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";
}

/// <summary>A route parameter: its name and its constraint (guid, int), if any.</summary>
internal sealed record RouteSlot(string Name, string? Constraint);

/// <summary>
/// The HTTP surface of the service as its routing knows it at run time (the <see cref="EndpointDataSource"/>), so that an endpoint
/// added later is attacked without anyone listing it here. A handler's query parameters are read from its method's signature: the
/// simple values (text, numbers, flags, ids) that are not route parameters; and those it reads from the query string itself, from
/// its <see cref="AcceptedQuery"/> metadata.
/// </summary>
internal static partial class HttpSurface
{
    private static readonly HashSet<Type> Simple =
    [
        typeof(string), typeof(int), typeof(int?), typeof(long), typeof(long?), typeof(bool), typeof(bool?), typeof(Guid), typeof(Guid?),
        typeof(DateTimeOffset), typeof(DateTimeOffset?), typeof(DateOnly), typeof(DateOnly?), typeof(double), typeof(double?),
    ];

    public static IReadOnlyList<HttpEndpoint> Of(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => Describe(m, e)))
            .OrderBy(e => e.Name, StringComparer.Ordinal),
    ];

    private static HttpEndpoint Describe(string method, RouteEndpoint endpoint)
    {
        var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        var slots = RouteParameter().Matches(route).Select(m => new RouteSlot(m.Groups["name"].Value, m.Groups["constraint"].Success ? m.Groups["constraint"].Value : null)).ToList();
        var query = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .Where(p => Simple.Contains(p.ParameterType) && slots.All(s => !string.Equals(s.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.Name!)
            .ToList() ?? [];
        query.AddRange((endpoint.Metadata.GetMetadata<AcceptedQuery>()?.Names ?? []).Except(query, StringComparer.OrdinalIgnoreCase));
        return new HttpEndpoint(method, route, slots, query);
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:(?<constraint>\w+))?\}")]
    private static partial Regex RouteParameter();
}
