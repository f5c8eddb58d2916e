using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseFlow.Host.Http;

/// <summary>Reads a request body strictly, turning malformed JSON and unknown fields into a problem response rather than a crash.</summary>
internal static class JsonBody
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
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
