using System.Text.Json;
using MassTransit;

namespace CaseFlow.Engine.Messaging;

/// <summary>What a message's envelope says about itself, read without trusting it: for rejecting messages that cannot be consumed.</summary>
public static class EnvelopeFacts
{
    /// <summary>Best effort: the message type and case id named in the envelope, when the body is JSON at all.</summary>
    public static (string Command, Guid? CaseId) Identify(ReceiveContext context)
    {
        if (context.Body.Length > 1_000_000)
        {
            return ("(oversized message)", null);
        }

        try
        {
            using var document = JsonDocument.Parse(context.Body.GetBytes());
            var root = document.RootElement;
            var type = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString() ?? "(unknown)"
                : "(unknown)";
            Guid? caseId = root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("caseId", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var parsed)
                ? parsed
                : null;
            return (type, caseId);
        }
        catch (JsonException)
        {
            return ("(unreadable message)", null);
        }
    }
}
