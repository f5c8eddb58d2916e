using System.Text.Json.Nodes;

namespace CaseFlow.Host.Wire;

/// <summary>The schemas of what surrounds every contract: MassTransit's JSON envelope, and the headers a faulted command carries.</summary>
public static class EnvelopeSchema
{
    /// <summary>The envelope's key in the document's components.</summary>
    public const string Key = "Envelope";

    /// <summary>MassTransit's JSON envelope: the body of every message, commands and events alike.</summary>
    public static JsonObject Envelope() => new()
    {
        ["type"] = "object",
        ["title"] = "MassTransit envelope",
        ["description"] = "The body of every CaseFlow message. Messages CaseFlow writes carry more MassTransit fields "
            + "(sourceAddress, destinationAddress, host …); a reader ignores what it does not know.",
        ["required"] = new JsonArray("messageId", "messageType", "message", "sentTime", "headers"),
        ["properties"] = new JsonObject
        {
            ["messageId"] = Described("string", "uuid", "A new id for every message. A message delivered or sent again with the same id has one effect."),
            ["messageType"] = new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^urn:message:[^:]+:[^:]+$" },
                ["description"] = "The message's type as urn:message:Namespace:TypeName (the first entry names the contract).",
            },
            ["message"] = new JsonObject { ["type"] = "object", ["description"] = "The contract itself, with camelCase property names." },
            ["sentTime"] = Described("string", "date-time", "When the sender sent it (ISO 8601, UTC)."),
            ["headers"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "MassTransit headers; an empty object when there are none.",
            },
            ["correlationId"] = Described("string", "uuid", "Optional: the caller's correlation id, carried onto what the message causes."),
            ["conversationId"] = Described("string", "uuid", "Optional: the conversation the message belongs to."),
            ["requestId"] = Described("string", "uuid", "Optional: makes the command a request; the reply (CaseCommandAccepted or CaseCommandRejected) carries the same requestId."),
            ["responseAddress"] = Described("string", "uri", "Optional, with requestId: where the reply is sent, as a MassTransit address such as rabbitmq://host/vhost/queue; without it the reply is published on its exchange."),
        },
    };

    /// <summary>The AMQP headers MassTransit adds when it moves a message to the error queue.</summary>
    public static JsonObject FaultHeaders() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("MT-Reason", "MT-Fault-Message", "MT-Fault-ExceptionType"),
        ["properties"] = new JsonObject
        {
            ["MT-Reason"] = Described("string", null, "Why the message was moved: fault."),
            ["MT-Fault-Message"] = Described("string", null, "What was wrong, in words, as the CaseCommandRejected also says it."),
            ["MT-Fault-ExceptionType"] = Described("string", null, "The kind of failure, as a .NET exception type name, e.g. CaseFlow.Engine.Messaging.MalformedCommandException."),
            ["MT-Fault-Timestamp"] = Described("string", "date-time", "When it failed."),
            ["MT-Fault-InputAddress"] = Described("string", "uri", "The queue it failed on."),
            ["MT-Fault-StackTrace"] = Described("string", null, "Where it failed, for the service's maintainers."),
            [CaseFlow.Engine.Messaging.ErrorQueueFilter.UserIdHeader] = Described("string", null, "The broker user that sent it (its AMQP user_id, which the move itself cannot carry)."),
        },
    };

    private static JsonObject Described(string type, string? format, string description)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        schema["description"] = description;
        return schema;
    }
}
