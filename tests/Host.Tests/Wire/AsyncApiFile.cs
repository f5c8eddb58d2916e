using System.Text.Json.Nodes;

namespace CaseFlow.Host.Tests.Wire;

/// <summary>
/// The committed docs/asyncapi.json, read the way a caller on another platform would read it: exchanges, queues, the envelope
/// and each message's schema come from the file alone, never from the contracts.
/// </summary>
public sealed class AsyncApiFile(JsonObject document)
{
    public const string RegenerateCommand = "dotnet run --project Host -- asyncapi docs/asyncapi.json";

    public JsonObject Document { get; } = document;

    public static string PathInRepository => Path.Combine(Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!, "docs", "asyncapi.json");

    public static string ReadText()
    {
        Assert.That(File.Exists(PathInRepository), Is.True, $"{PathInRepository} is missing; create it with `{RegenerateCommand}`");
        return File.ReadAllText(PathInRepository).ReplaceLineEndings("\n");
    }

    public static AsyncApiFile Load() => new((JsonNode.Parse(ReadText()) as JsonObject)!);

    public JsonObject Channels => Document["channels"]!.AsObject();

    public JsonObject Messages => Document["components"]!["messages"]!.AsObject();

    public JsonObject Schemas => Document["components"]!["schemas"]!.AsObject();

    /// <summary>The node a local <c>$ref</c> such as <c>#/components/messages/SubmitCase</c> points at; null when it points nowhere.</summary>
    public JsonNode? Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = Document;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out var next) ? next : null;
        }

        return node;
    }

    /// <summary>The component message with this name (the contract's type name).</summary>
    public JsonObject Message(string name)
    {
        var found = Messages.Select(m => m.Value!.AsObject()).Where(m => m["name"]?.GetValue<string>() == name).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"docs/asyncapi.json should describe exactly one message named {name}");
        return found[0];
    }

    /// <summary>The message type URN the document gives a message.</summary>
    public string Urn(string name) => Message(name)["payload"]!["allOf"]![1]!["properties"]!["messageType"]!["contains"]!["const"]!.GetValue<string>();

    /// <summary>The JSON Schema of a message's contract (the envelope's <c>message</c>).</summary>
    public JsonObject ContractSchema(string name) =>
        Resolve(Message(name)["payload"]!["allOf"]![1]!["properties"]!["message"]!["$ref"]!.GetValue<string>())!.AsObject();

    /// <summary>The one channel whose <paramref name="operation"/> carries exactly this message (not a choice of several).</summary>
    public JsonObject ChannelFor(string operation, string name)
    {
        var message = Message(name);
        var found = Channels.Select(c => c.Value!.AsObject())
            .Where(c => c[operation]?["message"]?["$ref"] is { } reference && ReferenceEquals(Resolve(reference.GetValue<string>()), message))
            .ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"docs/asyncapi.json should have one channel to {operation} {name}");
        return found[0];
    }

    /// <summary>The exchange a channel's AMQP binding names.</summary>
    public static JsonObject Exchange(JsonObject channel) => channel["bindings"]!["amqp"]!["exchange"]!.AsObject();

    /// <summary>A message body with the given values, checked against the document: only declared properties, every required one.</summary>
    public JsonObject Compose(string name, JsonObject values)
    {
        var schema = ContractSchema(name);
        var declared = schema["properties"]!.AsObject().Select(p => p.Key).ToList();
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
        Assert.Multiple(() =>
        {
            Assert.That(values.Select(v => v.Key), Is.SubsetOf(declared), $"docs/asyncapi.json declares these properties of {name}: {string.Join(", ", declared)}");
            Assert.That(required, Is.SubsetOf(values.Select(v => v.Key)), $"docs/asyncapi.json requires these properties of {name}");
        });
        return values;
    }

    /// <summary>An envelope carrying a message, with every field the document's envelope schema requires.</summary>
    public JsonObject Envelope(string name, JsonObject message)
    {
        var envelope = new JsonObject();
        foreach (var field in Schemas["Envelope"]!["required"]!.AsArray().Select(f => f!.GetValue<string>()))
        {
            envelope[field] = field switch
            {
                "messageId" => Guid.NewGuid().ToString(),
                "messageType" => new JsonArray(Urn(name)),
                "message" => message,
                "sentTime" => DateTimeOffset.UtcNow.ToString("O"),
                "headers" => new JsonObject(),
                _ => throw new AssertionException($"docs/asyncapi.json requires the envelope field '{field}', which this caller does not know how to fill"),
            };
        }

        return envelope;
    }
}
