using System.Text.Json;
using MassTransit;

namespace CaseFlow.Engine.Messaging;

/// <summary>What a message's envelope says about itself, read without trusting it: for rejecting messages that cannot be consumed.</summary>
public static class EnvelopeFacts
{
    /// <summary>Best effort: the message type and case id named in the envelope, when the body is JSON at all.</summary>
    public static (string Command, Guid? CaseId) Identify(ReceiveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Body.Length > 1_000_000 ? ("(oversized message)", null) : Identify(context.Body.GetBytes());
    }

    /// <summary>
    /// Best effort, and never a fault of its own: it runs on the error path, where a throw would send the message back to the queue
    /// to fail again forever. Whatever the envelope holds where a type or an id belongs (a number, null, an object), it reads as unknown.
    /// </summary>
    public static (string Command, Guid? CaseId) Identify(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ("(unknown)", null);
            }

            var type = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                && types[0].ValueKind == JsonValueKind.String
                ? types[0].GetString()!
                : "(unknown)";
            Guid? caseId = root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("caseId", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var parsed)
                ? parsed
                : null;
            return (type, caseId);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ("(unreadable message)", null);
        }
    }
}
