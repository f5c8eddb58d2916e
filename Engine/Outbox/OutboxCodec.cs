using System.Text.Json;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Outbox;

/// <summary>
/// Turns outbound contracts into outbox entries and back: the contract's full type name and its JSON. Only types of the Contracts
/// assembly are ever read back, so a stored row cannot name an arbitrary type.
/// </summary>
public static class OutboxCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly System.Reflection.Assembly Contracts = typeof(CaseStateChanged).Assembly;

    /// <summary>The entries for messages a case's events caused, each with a fresh message id, available to relays from <paramref name="availableAt"/>.</summary>
    public static IReadOnlyList<OutboxEntry> Encode(IReadOnlyList<object> messages, Guid caseId, DateTimeOffset availableAt)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Select(m => Encode(m, caseId, availableAt)).ToList();
    }

    /// <summary>One message as an outbox entry.</summary>
    public static OutboxEntry Encode(object message, Guid caseId, DateTimeOffset availableAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.GetType();
        if (type.Assembly != Contracts)
        {
            throw new ArgumentException($"{type.FullName} is not a CaseFlow contract; only contracts go through the outbox", nameof(message));
        }

        return new OutboxEntry(Guid.CreateVersion7(availableAt), caseId, type.FullName!, JsonSerializer.Serialize(message, type, Json), availableAt);
    }

    /// <summary>The contract an entry holds.</summary>
    /// <exception cref="InvalidOperationException">The entry names no contract this build knows, or its body does not read as one.</exception>
    public static object Decode(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var type = Contracts.GetType(entry.MessageType)
            ?? throw new InvalidOperationException($"outbox message {entry.MessageId} names {entry.MessageType}, which is not a contract of this build");
        try
        {
            return JsonSerializer.Deserialize(entry.Body, type, Json)
                ?? throw new InvalidOperationException($"outbox message {entry.MessageId} has an empty body");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"outbox message {entry.MessageId} does not read as {entry.MessageType}: {e.Message}", e);
        }
    }
}
