using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseFlow.Host.Http;

/// <summary>Reads a request body strictly, turning malformed JSON and unknown fields into a problem response rather than a crash.</summary>
internal static class JsonBody
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,

        // A null where the body's type allows none (a co-handler, a list) is refused as the request's fault, never met later as a crash.
        RespectNullableAnnotations = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        // JSON only: a form or text/plain body is what a page elsewhere can make a browser send unasked.
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(
                title: "Unsupported media type",
                detail: $"the body must be JSON sent as Content-Type: application/json, not '{request.ContentType ?? "(none)"}'",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, request.HttpContext.RequestAborted);
            return value is null
                ? (null, Problems.BadRequest("The request body is empty; send a JSON object."))
                : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" at {e.Path}";
            return (null, Problems.BadRequest($"The request body is not a valid {typeof(T).Name}{where}: {e.Message}"));
        }
    }
}
