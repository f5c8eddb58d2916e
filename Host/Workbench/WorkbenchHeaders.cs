namespace CaseFlow.Host.Workbench;

/// <summary>
/// The security headers of every workbench response: scripts only from the service itself (none inline), no framing, forms posted
/// only back to it, no sniffing of content types, no referrer sent elsewhere.
/// </summary>
internal static class WorkbenchHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next();
    }
}
