using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseFlow.Engine.History;

/// <summary>The one JSON shape for stored payloads and snapshots.</summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
