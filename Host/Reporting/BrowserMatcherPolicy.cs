using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Net.Http.Headers;

namespace CaseFlow.Host.Reporting;

/// <summary>
/// Chooses between a page and an API endpoint that share an address by what the request accepts: a browser following a link asks
/// for text/html first and gets the page; an API caller (Accept: application/json, */*, or no Accept at all) gets JSON as before.
/// Only where both kinds match does it choose; everywhere else it leaves routing alone.
/// </summary>
internal sealed class BrowserMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    /// <summary>After the method and content-type policies, which must still narrow the candidates first.</summary>
    public override int Order => 1000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Any(e => e.Metadata.GetMetadata<ForBrowsersAttribute>() is not null);
    }

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(candidates);
        var pages = Valid(candidates, forBrowsers: true);
        var others = Valid(candidates, forBrowsers: false);
        if (pages.Count == 0 || others.Count == 0)
        {
            return Task.CompletedTask;
        }

        foreach (var index in PrefersHtml(httpContext.Request) ? others : pages)
        {
            candidates.SetValidity(index, false);
        }

        return Task.CompletedTask;
    }

    /// <summary>True when the request's Accept header rates text/html above application/json (a browser's navigation does).</summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double Quality(string type) => accepted.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var html = Quality("text/html");
        return html > 0 && html > Quality("application/json");
    }

    private static List<int> Valid(CandidateSet candidates, bool forBrowsers)
    {
        var found = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && (candidates[i].Endpoint.Metadata.GetMetadata<ForBrowsersAttribute>() is not null) == forBrowsers)
            {
                found.Add(i);
            }
        }

        return found;
    }
}
