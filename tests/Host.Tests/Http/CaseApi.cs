using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Http;

/// <summary>Small helpers for driving the case API the way a caller would.</summary>
internal static class CaseApi
{
    public static object Submission(string key, string category = "illegal-construction", string channel = "grid") => new
    {
        clientKey = key,
        actor = "grid-member-1",
        category,
        title = "违建",
        description = "村口新建铁皮棚",
        channel,
        grid = "grid-1",
        village = "village-1",
    };

    public static async Task<Guid> SubmitAsync(HttpClient client, string key, string category = "illegal-construction")
    {
        var response = await client.PostAsJsonAsync("/cases", Submission(key, category));
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return Guid.Parse(body!["id"]!.GetValue<string>());
    }

    public static async Task<HttpResponseMessage> CommandAsync(HttpClient client, Guid id, string command, object body) =>
        await client.PostAsJsonAsync($"/cases/{id}/commands/{command}", body);

    public static async Task<JsonObject> AcceptAsync(HttpClient client, Guid id, string command, object body)
    {
        var response = await CommandAsync(client, id, command, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), $"{command}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonObject> GetAsync(HttpClient client, Guid id)
    {
        var text = await client.GetStringAsync($"/cases/{id}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static string Position(JsonObject view) => view["position"]!.GetValue<string>();

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
