namespace CaseFlow.Host.Open311;

/// <summary>
/// Open311's <c>api_key</c> parameter, read as the caller's bearer token: the key a submitting system is given is the access token of
/// its account (POST /auth/token, or a token from the OpenID Connect provider), so that the key identifies the system through the
/// same accounts, positions and checks as every other request. Runs before authentication, and only on Open311 paths that carry no
/// Authorization header of their own.
/// </summary>
internal static class Open311ApiKey
{
    /// <summary>The parameter's name, as the specification spells it.</summary>
    public const string Parameter = "api_key";

    /// <summary>Copies an Open311 request's api_key (query string, or a form body's field) into its Authorization header.</summary>
    public static IApplicationBuilder UseOpen311ApiKey(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Open311Endpoints.Root, StringComparison.Ordinal) && context.Request.Headers.Authorization.Count == 0
                && await KeyAsync(context.Request) is { Length: > 0 } key)
            {
                context.Request.Headers.Authorization = $"Bearer {key}";
            }

            await next(context);
        });

    private static async Task<string?> KeyAsync(HttpRequest request)
    {
        if (request.Query[Parameter] is { Count: > 0 } inQuery)
        {
            return inQuery.ToString().Trim();
        }

        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return null;
        }

        try
        {
            // Read within the body limit already in place; the endpoint reads the same form again from the request's cache.
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form[Parameter].ToString().Trim();
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException or FormatException)
        {
            // A body that cannot be read as a form is the endpoint's to refuse, saying why.
            return null;
        }
    }
}
