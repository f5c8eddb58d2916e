using CaseFlow.Engine.Cases;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseFlow.Host.Http;

/// <summary>RFC 7807 problem responses for the API.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A problem for a status code an endpoint set without a body, or routing chose (no such route, a method it does not take).</summary>
    public static IResult ForStatus(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var request = $"{context.Request.Method} {context.Request.Path}";
        var detail = status switch
        {
            StatusCodes.Status404NotFound => $"nothing answers {request}; GET / lists the endpoints",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Path} does not take {context.Request.Method}; GET / lists the endpoints and their methods",
            _ => $"{request} was answered {status} {ReasonPhrases.GetReasonPhrase(status)}",
        };
        return Results.Problem(title: ReasonPhrases.GetReasonPhrase(status), detail: detail, statusCode: status);
    }

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>
    /// A refused command: 403 when the definition does not let the caller's position send it (naming who may), 400 with field errors
    /// when its data was wrong, 409 when the case's state does not permit it, 404 when there is no case.
    /// </summary>
    public static IResult From(CommandOutcome outcome)
    {
        var decision = outcome.Decision!;
        if (outcome.Status == CommandStatus.NotFound)
        {
            return NotFound(decision.Rejection!);
        }

        if (outcome.Status == CommandStatus.Forbidden)
        {
            return Results.Problem(title: "Not permitted", detail: decision.Rejection, statusCode: StatusCodes.Status403Forbidden);
        }

        if (decision.Problems.Count > 0)
        {
            var errors = decision.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            return Results.ValidationProblem(errors, detail: decision.Rejection, title: "The command's data is missing or wrong");
        }

        return Results.Problem(title: "Command not permitted", detail: decision.Rejection, statusCode: StatusCodes.Status409Conflict);
    }
}
