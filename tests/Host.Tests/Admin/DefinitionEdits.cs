using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Admin;

/// <summary>The repository's workflows.json, and edits of it an administrator might publish.</summary>
internal static class DefinitionEdits
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Real => File.ReadAllText(CaseFlowFactory.DefinitionPath());

    /// <summary>A category's deadline in working days changed.</summary>
    public static string WithDeadline(string category, int workingDays, string? text = null) => Edit(text, root =>
        Find(root["categories"], category)["deadline"] = new JsonObject { ["workingDays"] = workingDays });

    /// <summary>A category whose lead office names no office.</summary>
    public static string WithUnknownLeadOffice(string category, string? text = null) => Edit(text, root =>
        Find(root["categories"], category)["leadOffice"] = "no-such-office");

    /// <summary>handle.InProgress renamed to handle.Working, with its transitions.</summary>
    public static string WithInProgressRenamed(string? text = null) => Edit(text, root =>
    {
        var handle = Find(root["workflows"], "handle");
        Find(handle["states"], "InProgress")["id"] = "Working";
        foreach (var transition in handle["transitions"]!.AsArray())
        {
            // A transition's from is one state or a list of them; one without a to stays where it is.
            foreach (var end in (transition!["from"] is JsonArray list ? list.Select(s => s!) : [transition["from"]!]).Append(transition["to"]).ToList())
            {
                if (end is not null && (string?)end == "InProgress")
                {
                    end.ReplaceWith("Working");
                }
            }
        }
    });

    /// <summary>Handling without extensions: their two states, transitions and triggers removed.</summary>
    public static string WithoutExtensions(string? text = null) => Edit(text, root =>
    {
        var handle = Find(root["workflows"], "handle");
        string[] states = ["ExtensionRequested", "Extended"];
        Remove(handle["states"]!.AsArray(), s => states.Contains((string?)s["id"]));
        foreach (var list in handle["transitions"]!.AsArray().Select(t => t!["from"]).OfType<JsonArray>())
        {
            Remove(list, s => states.Contains((string?)s));
        }

        Remove(handle["transitions"]!.AsArray(), t => t["from"] is JsonArray { Count: 0 } || (t["from"] is JsonValue from && states.Contains((string?)from)) || states.Contains((string?)t["to"]));
        if (handle["triggers"] is JsonArray triggers)
        {
            Remove(triggers, t => (string?)t is "RequestExtension" or "DecideExtension");
        }
    });

    private static string Edit(string? text, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(text ?? Real)!.AsObject();
        edit(root);
        return root.ToJsonString(Indented);
    }

    private static JsonObject Find(JsonNode? list, string id) => list!.AsArray().Single(n => (string?)n!["id"] == id)!.AsObject();

    private static void Remove(JsonArray array, Func<JsonNode, bool> matches)
    {
        foreach (var node in array.Where(n => matches(n!)).ToList())
        {
            array.Remove(node);
        }
    }
}
