using Microsoft.AspNetCore.Diagnostics;

namespace CaseFlow.Host.Http;

/// <summary>
/// Answers a request the server found at fault while reading it with a problem of the status the server chose, in every
/// environment, never a 500 or an error in the log: a body past its limit or cut short, or route and query values that cannot be
/// bound to the endpoint's parameters (<c>limit=abc</c>, <c>caseId=not-a-guid</c>, <c>personalData=maybe</c>, a value given twice).
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (title, detail) = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? ("Request body too large", bad.Message)
            : ("Bad request", $"{bad.Message} Give each parameter once, written as the endpoint documents it: numbers in digits, flags as true or false, ids as GUIDs (GET / lists the endpoints).");
        await Results.Problem(title: title, detail: detail, statusCode: bad.StatusCode).ExecuteAsync(httpContext);
        return true;
    }
}
