using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Host.Tests.Http;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>Driving the admin API and cases the way an administrator and the offices would.</summary>
internal static class AdminApi
{
    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string text, string actor = "admin-wang")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/definitions/publish") { Content = Json(text) };
        request.Headers.Add("X-Admin-Actor", actor);
        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonObject> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), $"GET {path}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<int> CurrentVersionAsync(HttpClient client) =>
        (await GetJsonAsync(client, "/admin/definitions/current"))["version"]!.GetValue<int>();

    public static Task<HttpResponseMessage> MigrateAsync(HttpClient client, string step, int from, int to, object? mapping = null) =>
        client.PostAsJsonAsync($"/admin/migrations/{step}", new { fromVersion = from, toVersion = to, stateMapping = mapping, actor = "admin-wang", reason = "rename" });

    /// <summary>A neighbour dispute registered, triaged, dispatched, assigned and signed for (handle.Accepted); with <paramref name="progress"/>, handle.InProgress.</summary>
    public static async Task<Guid> HandledCaseAsync(HttpClient client, string key, bool progress = true)
    {
        var id = await CaseApi.SubmitAsync(client, key, "neighbour-dispute");
        await CaseApi.AcceptAsync(client, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(client, id, "Triage", new { actor = "command-room" });
        await CaseApi.AcceptAsync(client, id, "Dispatch", new { actor = "command-room" });
        await CaseApi.AcceptAsync(client, id, "Assign", new { actor = "deputy-secretary" });
        await CaseApi.AcceptAsync(client, id, "SignFor", new { actor = "mediation-committee" });
        if (progress)
        {
            await CaseApi.AcceptAsync(client, id, "ReportProgress", new { actor = "mediation-committee", note = "已约谈双方" });
        }

        return id;
    }

    /// <summary>The calendar of workflows.json with 2027 declared (元旦 1–3 January).</summary>
    public static string CalendarWith2027()
    {
        var calendar = JsonNode.Parse(File.ReadAllText(CaseFlowFactory.DefinitionPath()))!["calendar"]!.DeepClone().AsObject();
        calendar["years"]!.AsArray().Add(JsonNode.Parse("""
            { "year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知 (test transcription)",
              "holidays": [{ "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" }], "makeUpWorkdays": [] }
            """));
        return calendar.ToJsonString();
    }
}
