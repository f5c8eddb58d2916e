using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Host.Http;

/// <summary>
/// The document's description and the ways a caller is known, written for an integrator; no server address (clients call the host
/// they fetched the document from) and paths and schemas in name order, so that the same service writes the same document anywhere.
/// </summary>
internal sealed class OpenApiDocumentDescription : IOpenApiDocumentTransformer
{
    /// <summary>Bearer tokens: from POST /auth/token, or from the OpenID Connect provider when one is configured.</summary>
    public const string Bearer = "bearer";

    /// <summary>The reporter's link code, for /reporter.</summary>
    public const string ReporterCode = "reporterCode";

    /// <summary>The workbench's sign-in cookie, for the workbench's own pages only.</summary>
    public const string WorkbenchSignIn = "workbenchCookie";

    private const string Description =
        "CaseFlow receives citizens' cases (12345 hotline and other platforms), moves them through the workflows its definition " +
        "declares, and answers for every step: who did what, when, and within which deadline.\n\n" +
        "**Signing in.** Every operation but `POST /auth/token`, the service index and the reporter's link needs " +
        "`Authorization: Bearer <accessToken>`: get the token from `POST /auth/token` with a local account's user name and password " +
        "(an administrator makes accounts with the `user` verb), or from the OpenID Connect provider when the service is configured " +
        "with one. Reads of cases and workflows are open to anonymous callers only where `CaseFlow:Auth:AnonymousReads` is on. " +
        "The admin API needs the administrator role, the lists of disclosures and erasures the auditor role.\n\n" +
        "**Problems.** Every refusal is an RFC 9457 problem (`application/problem+json`) whose `detail` says what was wrong and " +
        "what would be right; field errors come as `errors` keyed by field. Every caller is rate-limited (429 with `Retry-After`) " +
        "and every body size-limited (413).\n\n" +
        "**Paging.** Lists that page put the next page's URL in a `Link: <…>; rel=\"next\"` header; no header, no more pages.";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo { Title = "CaseFlow", Version = "1.0.0", Description = Description };
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from POST /auth/token (a local account), or an access token from the configured OpenID Connect provider. Send it as 'Authorization: Bearer <accessToken>' (the Open311 endpoints also take it as the api_key parameter).",
            },
            [ReporterCode] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ReporterEndpoints.CodeHeader,
                Description = "The code from the link a reporter was sent when their case was received; it opens that case only. The link's `code` query parameter carries the same code.",
            },
            [WorkbenchSignIn] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "caseflow.workbench",
                Description = $"The workbench's sign-in (its pages under {WorkbenchCookie.Path}, not described here). The API never reads this cookie: an API call needs a bearer token.",
            },
        };
        document.Paths = Sorted(document.Paths);
        if (document.Components.Schemas is { } schemas)
        {
            document.Components.Schemas = schemas.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Value);
        }

        return Task.CompletedTask;
    }

    private static OpenApiPaths Sorted(OpenApiPaths paths)
    {
        var sorted = new OpenApiPaths();
        foreach (var (path, item) in paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sorted[path] = item;
        }

        return sorted;
    }
}
