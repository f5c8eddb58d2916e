using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Http;

/// <summary>RFC 7807 problem responses for the API.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

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
