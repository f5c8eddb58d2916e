namespace CaseFlow.Engine.Messaging;

/// <summary>Publishes outbound messages (events, notices, rejections) to other systems.</summary>
public interface IOutboundPublisher
{
    /// <summary>Publishes each message in order.</summary>
    Task PublishAsync(IReadOnlyList<object> messages, CancellationToken cancellationToken = default);
}
