using System.Globalization;

namespace CaseFlow.Host.Reporting;

/// <summary>
/// The reporter's page at the link's own address (<c>/reporter/{id}?code=…</c>): a browser following the link gets the page, an API
/// caller the JSON view (<see cref="BrowserMatcherPolicy"/>). Every answer under the path is in Chinese and carries headers for a
/// page whose address is a credential: no referrer sent anywhere, not indexed, not cached, nothing but the service's own styles.
/// </summary>
internal static class ReporterPage
{
    /// <summary>The path the reporter's link and page are under.</summary>
    public const string Path = "/reporter";

    /// <summary>The folder of the page under the Razor Pages root; its pages keep their own addresses (not under the workbench's).</summary>
    public const string Folder = "/Reporting/";

    /// <summary>The page's language: the reporter's page speaks Chinese, whatever the browser or the server is set to.</summary>
    public static readonly CultureInfo Language = CultureInfo.GetCultureInfo("zh-CN");

    // No scripts at all; styles from the service's own files only; forms only back to it.
    private const string Policy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>True for requests under <see cref="Path"/>.</summary>
    public static bool Serves(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sets the headers and the language of every answer under <see cref="Path"/>.</summary>
    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        CultureInfo.CurrentCulture = Language;
        CultureInfo.CurrentUICulture = Language;
        return next();
    }
}
