using Microsoft.AspNetCore.Diagnostics;

namespace CaseFlow.Host.Http;

/// <summary>
/// A request whose route or query values cannot be bound to an endpoint's parameters (<c>limit=abc</c>, <c>caseId=not-a-guid</c>,
/// <c>personalData=maybe</c>, a value given twice) is the caller's fault: a problem with the status ASP.NET Core chose (400) saying
/// which value was wrong, in every environment, never a 500 or an error in the log.
/// </summary>
internal sealed class UnreadableRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException unreadable)
        {
            return false;
        }

        await Results.Problem(
            title: "Bad request",
            detail: $"{unreadable.Message} Give each parameter once, written as the endpoint documents it: numbers in digits, flags as true or false, ids as GUIDs (GET / lists the endpoints).",
            statusCode: unreadable.StatusCode).ExecuteAsync(httpContext);
        return true;
    }
}
