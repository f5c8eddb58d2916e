using System.Text.Json.Nodes;

namespace CaseFlow.Domain.Tests.Definitions;

/// <summary>The real workflows.json as text, and known edits of it that an administrator might publish as a new version.</summary>
internal static class DefinitionText
{
    /// <summary>The real file's text, exactly.</summary>
    public static string Real => File.ReadAllText(WorkflowsFile.Path);

    /// <summary>A category's deadline in working days changed.</summary>
    public static string WithDeadline(string category, int workingDays, string? text = null) => Edit(text, root =>
        Category(root, category)["deadline"] = new JsonObject { ["workingDays"] = workingDays });

    /// <summary>A category removed.</summary>
    public static string WithoutCategory(string category, string? text = null) => Edit(text, root =>
        root["categories"]!.AsArray().Remove(Category(root, category)));

    /// <summary>A state of a workflow renamed, with every transition and hand-off that names it.</summary>
    public static string WithStateRenamed(string workflow, string from, string to, string? text = null) => Edit(text, root =>
    {
        var w = Workflow(root, workflow);
        foreach (var state in w["states"]!.AsArray().Where(s => (string?)s!["id"] == from))
        {
            state!["id"] = to;
        }

        foreach (var transition in w["transitions"]!.AsArray())
        {
            // A transition's from is one state or a list of them; one without a to stays where it is.
            foreach (var end in (transition!["from"] is JsonArray list ? list.Select(s => s!) : [transition["from"]!]).Append(transition["to"]).ToList())
            {
                if (end is not null && (string?)end == from)
                {
                    end.ReplaceWith(to);
                }
            }
        }

        if ((string?)w["initial"] == from)
        {
            w["initial"] = to;
        }

        // Supervision timers name the positions they run in.
        foreach (var position in (root["supervision"]?["timers"]?.AsArray() ?? []).SelectMany(t => t!["in"]?.AsArray() ?? []).ToList())
        {
            if ((string?)position == $"{workflow}.{from}")
            {
                position!.ReplaceWith($"{workflow}.{to}");
            }
        }
    });

    /// <summary>Handling without extensions: the two extension states, their transitions and triggers removed.</summary>
    public static string WithoutExtensions(string? text = null) => Edit(text, root =>
    {
        var handle = Workflow(root, "handle");
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

    /// <summary>A category whose lead office names no office: invalid, at $.categories[i].leadOffice.</summary>
    public static string WithUnknownLeadOffice(string category, string? text = null) => Edit(text, root =>
        Category(root, category)["leadOffice"] = "no-such-office");

    /// <summary>Another workflow set id.</summary>
    public static string WithId(string id, string? text = null) => Edit(text, root => root["id"] = id);

    private static string Edit(string? text, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(text ?? Real)!.AsObject();
        edit(root);
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Category(JsonObject root, string id) =>
        root["categories"]!.AsArray().Single(c => (string?)c!["id"] == id)!.AsObject();

    private static JsonObject Workflow(JsonObject root, string id) =>
        root["workflows"]!.AsArray().Single(w => (string?)w!["id"] == id)!.AsObject();

    private static void Remove(JsonArray array, Func<JsonNode, bool> matches)
    {
        foreach (var node in array.Where(n => matches(n!)).ToList())
        {
            array.Remove(node);
        }
    }
}
