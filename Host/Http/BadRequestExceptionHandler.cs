using Microsoft.AspNetCore.Diagnostics;

namespace CaseFlow.Host.Http;

/// <summary>
/// Answers a request the server found at fault while reading it (a body past its limit, a body cut short) with a problem of the
/// status the server chose, rather than a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request";
        await Results.Problem(title: title, detail: bad.Message, statusCode: bad.StatusCode).ExecuteAsync(httpContext);
        return true;
    }
}
