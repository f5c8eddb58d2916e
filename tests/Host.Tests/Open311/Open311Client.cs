using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace CaseFlow.Host.Tests.Open311;

/// <summary>A third-party Open311 client's requests: the key as api_key (no Authorization header), forms as the specification sends them.</summary>
internal sealed class Open311Client(HttpClient http, string apiKey)
{
    public HttpClient Http => http;

    public string ApiKey => apiKey;

    /// <summary>GET a path under /open311 with the api_key in the query.</summary>
    public Task<HttpResponseMessage> GetAsync(string path, string? key = null) =>
        http.GetAsync($"/open311{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}api_key={Uri.EscapeDataString(key ?? apiKey)}");

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        var response = await GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return JsonNode.Parse(text)!;
    }

    public async Task<XDocument> GetXmlAsync(string path)
    {
        var response = await GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/xml"));
        return XDocument.Parse(text);
    }

    /// <summary>POST requests.{format} as application/x-www-form-urlencoded, the api_key among the fields.</summary>
    public Task<HttpResponseMessage> PostAsync(IDictionary<string, string> form, string format = "json", string? key = null, string? idempotencyKey = null)
    {
        var fields = new Dictionary<string, string>(form) { ["api_key"] = key ?? apiKey };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/open311/v2/requests.{format}") { Content = new FormUrlEncodedContent(fields) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return http.SendAsync(request);
    }

    /// <summary>POST requests.json as multipart/form-data with a photo in the part 'media'.</summary>
    public Task<HttpResponseMessage> PostWithMediaAsync(IDictionary<string, string> form, byte[] photo, string fileName, string contentType)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Append(new("api_key", apiKey)))
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "media", fileName);
        return http.PostAsync("/open311/v2/requests.json", content);
    }

    /// <summary>The errors of a refusal in the specification's JSON error format: (code, description) each.</summary>
    public static async Task<IReadOnlyList<(int Code, string Description)>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        return [.. errors.Select(e => (e!["code"]!.GetValue<int>(), e["description"]!.GetValue<string>()))];
    }

    /// <summary>A report of illegal construction at a point, from a named reporter.</summary>
    public static Dictionary<string, string> Report(string description) => new()
    {
        ["service_code"] = "illegal-construction",
        ["lat"] = "28.0709",
        ["long"] = "119.4641",
        ["address_string"] = "雾溪村村口",
        ["first_name"] = "女士",
        ["last_name"] = "蓝",
        ["phone"] = "13800000000",
        ["description"] = description,
    };
}
