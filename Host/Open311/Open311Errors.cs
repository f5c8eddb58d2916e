using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Open311;

/// <summary>
/// Refusals in the specification's error format: a list of errors, each with the HTTP code and a description saying what was wrong
/// and what would be right (JSON <c>[{"code":400,"description":"…"}]</c>, XML <c>&lt;errors&gt;&lt;error&gt;&lt;code/&gt;&lt;description/&gt;&lt;/error&gt;&lt;/errors&gt;</c>).
/// </summary>
internal static class Open311Errors
{
    /// <summary>One document listing every description, all under one code (JSON when the format is unknown).</summary>
    public static Open311Document Of(Open311Format? format, int code, params IEnumerable<string> descriptions) =>
        new(
            Open311Shapes.Node(descriptions.Select(d => new Open311Error(code, d)).ToList()),
            "errors",
            format ?? Open311Format.Json,
            code);

    /// <summary>The refusal of a path whose format suffix is neither json nor xml.</summary>
    public static Open311Document UnknownFormat(string? suffix) =>
        Of(null, StatusCodes.Status400BadRequest, $"the format '{suffix}' is not served; end the path with .json or .xml (e.g. services.json)");

    /// <summary>401 without any key or token, 403 with one that was refused.</summary>
    public static Open311Document NotSignedIn(HttpContext context, Open311Format format)
    {
        ArgumentNullException.ThrowIfNull(context);
        var given = context.Request.Headers.Authorization.Count > 0;
        context.Response.Headers.WWWAuthenticate = given ? "Bearer error=\"invalid_token\"" : "Bearer";
        return !given
            ? Of(format, StatusCodes.Status401Unauthorized, "an api_key is required: send the access token of the submitting system's account (POST /auth/token) as api_key, or as Authorization: Bearer <token>")
            : Of(format, StatusCodes.Status403Forbidden, "the api_key (or bearer token) was refused: it is unknown, expired, or its account is disabled; sign the system's account in again (POST /auth/token) and send the new token");
    }

    /// <summary>
    /// A native refusal (a problem, or a validation problem naming fields) in the specification's format: the same status, each field's
    /// message under the Open311 parameter it is about (category as service_code, reporter.phone as phone …).
    /// </summary>
    public static Open311Document From(IResult problem, Open311Format format)
    {
        var details = problem switch
        {
            ProblemHttpResult p => p.ProblemDetails,
            ValidationProblem v => v.ProblemDetails,
            _ => throw new ArgumentException($"{problem.GetType().Name} is not a problem", nameof(problem)),
        };
        var status = details.Status ?? StatusCodes.Status400BadRequest;
        if (details is HttpValidationProblemDetails { Errors.Count: > 0 } fields)
        {
            return Of(format, status, fields.Errors.SelectMany(e => e.Value.Select(m => $"{Open311Submission.Open311Name(e.Key)}: {m}")));
        }

        return Of(format, status, details.Detail ?? details.Title ?? $"refused ({status})");
    }
}
