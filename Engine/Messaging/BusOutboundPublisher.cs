using MassTransit;

namespace CaseFlow.Engine.Messaging;

/// <summary>Publishes outbound messages on the MassTransit bus (in-memory or RabbitMQ).</summary>
public sealed class BusOutboundPublisher(IBus bus) : IOutboundPublisher
{
    /// <inheritdoc />
    public async Task PublishAsync(IReadOnlyList<object> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            await bus.Publish(message, message.GetType(), cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task PublishAsync(object message, Guid messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return bus.Publish(message, message.GetType(), context => context.MessageId = messageId, cancellationToken);
    }
}
