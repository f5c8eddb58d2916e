using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Loading;

/// <summary>
/// Reads a workflow's <c>transitions</c>, whose <c>from</c> is one state or a list of states, as one transition per (from, trigger, to),
/// each recording where it was declared; a transition without <c>to</c> stays in its state. Writes them back with the transitions
/// read from one declaration joined again.
/// </summary>
public sealed class TransitionListConverter : JsonConverter<IReadOnlyList<TransitionDefinition>>
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <inheritdoc />
    public override IReadOnlyList<TransitionDefinition> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("transitions must be a list of transitions");
        }

        var transitions = new List<TransitionDefinition>();
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"transition {index} must be an object");
            }

            var declared = JsonObject.Create(element, CaseInsensitive)!;
            var stays = !declared.ContainsKey("to");
            if (declared.TryGetPropertyValue("from", out var from) && from is JsonArray list)
            {
                var states = list.Select(s => s is JsonValue value && value.TryGetValue<string>(out var state)
                    ? state
                    : throw new JsonException($"transition {index}: each state in 'from' must be a string")).ToList();
                for (var j = 0; j < states.Count; j++)
                {
                    var one = (JsonObject)declared.DeepClone();
                    one["from"] = states[j];
                    transitions.Add(Read(one, stays, options) with { Source = new TransitionSource(index, states, j, stays) });
                }
            }
            else
            {
                transitions.Add(Read(declared, stays, options) with { Source = new TransitionSource(index, null, 0, stays) });
            }

            index++;
        }

        return transitions;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<TransitionDefinition> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        var nodes = value.Select(t => JsonSerializer.SerializeToNode(t, options)!.AsObject()).ToList();
        for (var i = 0; i < value.Count; i++)
        {
            var node = nodes[i];
            if (value[i].Source is { FromList: { } states, IsFirst: true } source && i + states.Count <= value.Count
                && Enumerable.Range(1, states.Count - 1).All(j => value[i + j].Source == source with { FromIndex = j } && SameBesidesFrom(nodes[i], nodes[i + j], source.Stays)))
            {
                node["from"] = new JsonArray([.. states.Select(s => (JsonNode)s!)]);
                i += states.Count - 1;
            }

            if (value[i].Source?.Stays == true && value[i].To == value[i].From)
            {
                node.Remove("to");
            }

            node.WriteTo(writer, options);
        }

        writer.WriteEndArray();
    }

    // The transitions read from one declaration differ only in their from (and, for one that stays, their to).
    private static bool SameBesidesFrom(JsonObject a, JsonObject b, bool stays)
    {
        var (x, y) = ((JsonObject)a.DeepClone(), (JsonObject)b.DeepClone());
        foreach (var node in new[] { x, y })
        {
            node.Remove("from");
            if (stays)
            {
                node.Remove("to");
            }
        }

        return JsonNode.DeepEquals(x, y);
    }

    private static TransitionDefinition Read(JsonObject transition, bool stays, JsonSerializerOptions options)
    {
        var read = transition.Deserialize<TransitionDefinition>(options) ?? throw new JsonException("a transition cannot be null");
        return stays ? read with { To = read.From } : read;
    }
}
