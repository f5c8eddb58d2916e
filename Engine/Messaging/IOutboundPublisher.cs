namespace CaseFlow.Engine.Messaging;

/// <summary>Publishes outbound messages (events, notices, rejections) to other systems.</summary>
public interface IOutboundPublisher
{
    /// <summary>Publishes each message in order.</summary>
    Task PublishAsync(IReadOnlyList<object> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes one message under the id it was stored with in the outbox, so a republication carries the same id. Publishers that
    /// have no message ids (test doubles) publish it as any other.
    /// </summary>
    Task PublishAsync(object message, Guid messageId, CancellationToken cancellationToken = default) => PublishAsync([message], cancellationToken);
}
