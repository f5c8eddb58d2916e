using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Messaging;
using FsCheck;
using FsCheck.Fluent;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>Which broker connection a hostile message is published on.</summary>
internal enum BrokerSender
{
    /// <summary>guest, the test gateway, mapped to every person's position.</summary>
    Gateway,

    /// <summary>The county 12345 system's user.</summary>
    County,

    /// <summary>食安通's user, an intake system.</summary>
    Intake,

    /// <summary>guest, with no AMQP user_id property.</summary>
    NoUserId,
}

/// <summary>One generated message: its body, its AMQP properties, and the request id it asks a reply for (when its envelope keeps it).</summary>
internal sealed record HostileMessage(string Kind, BrokerSender Sender, HostileBody Body, string? ContentType, IReadOnlyDictionary<string, object?> Headers, Guid RequestId)
{
    public string Describe() =>
        $"{Kind}, sent as {Sender}, content type {ContentType ?? "(none)"}{(Headers.Count == 0 ? "" : $", headers {string.Join(", ", Headers.Keys)}")}\n    body: {HostileRequest.Escape(Body.Describe())}";
}

/// <summary>
/// FsCheck generators of hostile messages for the command queue: every command contract the engine consumes (read from
/// <see cref="CommandMapper.CommandTypes"/>, so a new one is covered) in a MassTransit envelope, its fields made hostile, of the wrong
/// type or null, cut short, deeply nested or huge; envelopes of unknown or garbled message types and with missing or garbage
/// fields; bodies that are not JSON; odd content types and headers; from each of the systems' broker users.
/// </summary>
internal sealed class HostileMessages(IReadOnlyList<Guid> cases, string replyAddress)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly string[] UnknownTypes =
    [
        "urn:message:CaseFlow.Contracts.Commands:TeleportCase", "urn:message:CaseFlow.Contracts.Events:CaseCommandRejected",
        "urn:message:CaseFlow.Contracts.Events:CaseSubmitted", "urn:message:System:Object", "urn:message:", "urn:message:CaseFlow.Contracts.Commands:",
        "CaseFlow.Contracts.Commands:SubmitCase", "urn:message:CaseFlow.Contracts.Commands:SubmitCase\u0000", "urn:message:../../etc/passwd",
        "urn:message:CaseFlow.Contracts.Commands:submitcase", "",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "text/plain", "application/xml", "application/vnd.masstransit+xml", "application/vnd.masstransit+bson", "", "garbage/\u00e9",
        "application/vnd.masstransit+json; charset=utf-7",
    ];

    public static IReadOnlyList<Type> Commands => CommandMapper.CommandTypes;

    /// <summary>A hostile message.</summary>
    public Gen<HostileMessage> Any() =>
        from type in Gen.Elements(Commands.ToArray())
        from caseId in Gen.Elements(cases.ToArray())
        from requestId in Gen.Fresh(Guid.NewGuid)
        from shaped in Gen.Frequency(
            (8, HostileBody.From(() => Json.From(Template(type, caseId))).Select(body => InEnvelope(type, body, requestId))),
            (1, Gen.Constant(0).Select(_ => new HostileBody("a well-formed command", Json.From(Envelope(Urn(type), Template(type, caseId), requestId))))),
            (2, HostileBody.From(() => Json.From(Envelope(Urn(type), Template(type, caseId), requestId))).Select(body => body with { Kind = $"envelope: {body.Kind}" })),
            (2, MessageTypes(type).Select(messageType => new HostileBody($"message type {HostileRequest.Escape(messageType.ToJsonString())}", Json.From(Envelope(messageType, Template(type, caseId), requestId))))))
        from sender in Gen.Frequency((12, Gen.Constant(BrokerSender.Gateway)), (2, Gen.Constant(BrokerSender.County)), (2, Gen.Constant(BrokerSender.Intake)), (1, Gen.Constant(BrokerSender.NoUserId)))
        from contentType in Gen.Frequency((10, Gen.Constant<string?>("application/vnd.masstransit+json")), (1, Gen.Elements(ContentTypes).Select(t => (string?)t)), (1, Gen.Constant<string?>(null)))
        from headers in Headers()
        select new HostileMessage($"{type.Name}: {shaped.Kind}", sender, shaped, contentType, headers, requestId);

    /// <summary>A submission whose description is more than a megabyte: for a few messages only.</summary>
    public Gen<HostileMessage> Giant() =>
        from caseId in Gen.Elements(cases.ToArray())
        from requestId in Gen.Fresh(Guid.NewGuid)
        from unit in Gen.Elements("字", "a", "\\")
        select new HostileMessage(
            "SubmitCase: a description of more than a megabyte",
            BrokerSender.Gateway,
            InEnvelope(typeof(Contracts.Commands.SubmitCase), new HostileBody("a huge description", WithDescription(Json.From(Template(typeof(Contracts.Commands.SubmitCase), caseId)), new Json.Huge(unit, 1_200_000))), requestId),
            "application/vnd.masstransit+json",
            new Dictionary<string, object?>(),
            requestId);

    /// <summary>The reply address every well-formed envelope names.</summary>
    public string ReplyAddress => replyAddress;

    /// <summary>The request id the rendered body asks a reply for, if its envelope still reads as one that does.</summary>
    public bool AsksForReply(HostileMessage message)
    {
        try
        {
            return JsonNode.Parse(message.Body.Render()) is JsonObject envelope
                && envelope["requestId"] is JsonValue id && id.GetValueKind() == JsonValueKind.String && id.GetValue<string>() == message.RequestId.ToString()
                && envelope["responseAddress"] is JsonValue address && address.GetValueKind() == JsonValueKind.String && address.GetValue<string>() == replyAddress;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private HostileBody InEnvelope(Type type, HostileBody body, Guid requestId) =>
        body is { Raw: null, CutAt: null, Document: { } message }
            ? body with { Document = Json.From(Envelope(Urn(type), null, requestId)) is Json.Obj envelope ? WithMessage(envelope, message) : null }
            : body;

    private static Json WithDescription(Json submission, Json description)
    {
        var fields = ((Json.Obj)submission).Fields;
        fields[fields.FindIndex(f => f.Key == "description")] = ("description", description);
        return submission;
    }

    private static Json.Obj WithMessage(Json.Obj envelope, Json message)
    {
        var i = envelope.Fields.FindIndex(f => f.Key == "message");
        envelope.Fields[i] = ("message", message);
        return envelope;
    }

    private JsonObject Envelope(JsonNode messageType, JsonObject? message, Guid requestId) => new()
    {
        ["messageId"] = Guid.NewGuid().ToString(),
        ["requestId"] = requestId.ToString(),
        ["responseAddress"] = replyAddress,
        ["messageType"] = messageType,
        ["message"] = message,
        ["sentTime"] = DateTimeOffset.UtcNow.ToString("O"),
        ["headers"] = new JsonObject(),
    };

    private static JsonArray Urn(Type type) => new($"urn:message:{type.Namespace}:{type.Name}");

    private static Gen<JsonNode> MessageTypes(Type type) => Gen.OneOf(
        Gen.Elements(UnknownTypes).Select(t => (JsonNode)new JsonArray(t)),
        Gen.Elements<Func<JsonNode>>(
            () => JsonValue.Create($"urn:message:{type.Namespace}:{type.Name}"),
            () => new JsonArray(),
            () => new JsonArray(42),
            () => new JsonArray((JsonNode?)null),
            () => new JsonArray(new JsonObject()),
            () => JsonValue.Create(42),
            () => new JsonObject { ["type"] = type.Name },
            () => new JsonArray("urn:message:CaseFlow.Contracts.Commands:TeleportCase", $"urn:message:{type.Namespace}:{type.Name}")).Select(make => make()));

    /// <summary>A command of the type with every field filled: a real case, the command room acting, text, dates near now.</summary>
    private static JsonObject Template(Type type, Guid caseId)
    {
        var message = JsonSerializer.SerializeToNode(Activator.CreateInstance(type), type, Web)!.AsObject();
        foreach (var (key, value) in message.ToList())
        {
            message[key] = key switch
            {
                "caseId" or "duplicateOf" => caseId.ToString(),
                "actor" => "command-room",
                "clientKey" => $"hostile-bus-{Guid.NewGuid():N}",
                "countyCaseNumber" => $"YH12345-{Guid.NewGuid():N}",
                _ when value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().StartsWith("0001-01-01", StringComparison.Ordinal)
                    => DateTimeOffset.UtcNow.AddDays(3).ToString("O"),
                _ when value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0 => "测试",
                _ => value?.DeepClone(),
            };
        }

        return message;
    }

    private static Gen<IReadOnlyDictionary<string, object?>> Headers() => Gen.Frequency(
        (6, Gen.Constant<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?>())),
        (1, Gen.Elements<Func<IReadOnlyDictionary<string, object?>>>(
            () => new Dictionary<string, object?> { ["MT-Fault-Message"] = "forged", ["MT-Reason"] = "fault" },
            () => new Dictionary<string, object?> { ["Content-Type"] = 5, ["MT-Host-MachineName"] = new string('x', 10_000) },
            () => new Dictionary<string, object?> { ["CaseFlow-UserId"] = "county12345", ["x-hostile"] = Encoding.UTF8.GetBytes("\u202Eevil") },
            () => new Dictionary<string, object?> { ["MT-Redelivery-Count"] = "-1", ["MT-MessageType"] = "urn:message:CaseFlow.Contracts.Commands:TeleportCase" }).Select(make => make())));
}
