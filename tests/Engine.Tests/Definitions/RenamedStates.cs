using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseFlow.Tests.Renaming;

/// <summary>
/// A definition text with every state id of every workflow renamed (prefixed with <see cref="Prefix"/>) wherever it is named: the
/// states, the transitions' from and to, the initial states, the continuations and the positions supervision timers run in. The engine must behave the same on it, its
/// positions renamed: it gives no state a meaning by its name.
/// </summary>
internal static partial class RenamedStates
{
    /// <summary>What every state id is prefixed with.</summary>
    public const string Prefix = "S_";

    /// <summary>The definition text with every state renamed.</summary>
    public static string Rename(string definitionText)
    {
        var root = JsonNode.Parse(definitionText)!.AsObject();
        if (definitionText.Contains(Prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the definition already contains '{Prefix}': renamed text could not be mapped back unambiguously");
        }

        foreach (var workflow in root["workflows"]!.AsArray().Select(w => w!.AsObject()))
        {
            Prefixed(workflow, "initial");
            foreach (var state in workflow["states"]!.AsArray().Select(s => s!.AsObject()))
            {
                Prefixed(state, "id");
                if (state["continuesIn"] is JsonObject continuesIn)
                {
                    Prefixed(continuesIn, "state");
                }
            }

            foreach (var transition in workflow["transitions"]!.AsArray().Select(t => t!.AsObject()))
            {
                Prefixed(transition, "from");
                Prefixed(transition, "to");
            }
        }

        // Supervision timers name the positions (workflow.state) they run in.
        foreach (var timer in root["supervision"]?["timers"]?.AsArray().Select(t => t!.AsObject()) ?? [])
        {
            if (timer["in"] is JsonArray positions)
            {
                timer["in"] = new JsonArray([.. positions.Select(p => (JsonNode)JsonValue.Create(PrefixedPosition(p!.GetValue<string>())))]);
            }
        }

        return root.ToJsonString();
    }

    private static string PrefixedPosition(string position)
    {
        var dot = position.IndexOf('.', StringComparison.Ordinal);
        return position[..(dot + 1)] + Prefix + position[(dot + 1)..];
    }

    /// <summary>The state id as the original definition names it: <paramref name="renamed"/> without the prefix.</summary>
    public static string Original(string renamed) => renamed.StartsWith(Prefix, StringComparison.Ordinal) ? renamed[Prefix.Length..] : renamed;

    /// <summary>A position (<c>workflow.state</c>) as the original definition names it.</summary>
    public static string OriginalPosition(string renamed) => renamed.Replace("." + Prefix, ".", StringComparison.Ordinal);

    /// <summary>Any text (a message, a history, a reason) with every renamed state id put back as the original names it.</summary>
    public static string OriginalText(string renamed) => RenamedId().Replace(renamed, "");

    private static void Prefixed(JsonObject node, string property)
    {
        // A transition's from may be one state or, in a richer DSL, a list of them.
        switch (node[property])
        {
            case JsonValue value:
                node[property] = Prefix + value.GetValue<string>();
                break;
            case JsonArray list:
                node[property] = new JsonArray([.. list.Select(s => (JsonNode)JsonValue.Create(Prefix + s!.GetValue<string>()))]);
                break;
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])S_(?=[A-Z])")]
    private static partial Regex RenamedId();
}
