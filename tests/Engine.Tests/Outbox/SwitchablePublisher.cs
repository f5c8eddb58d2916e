using System.Collections.Concurrent;
using CaseFlow.Engine.Messaging;

namespace CaseFlow.Engine.Tests.Outbox;

/// <summary>A publisher that records each message with its id, and refuses to publish while the broker is "away".</summary>
internal sealed class SwitchablePublisher : IOutboundPublisher
{
    private readonly ConcurrentQueue<(object Message, Guid? Id)> _published = new();

    public bool Away { get; set; }

    /// <summary>Publications wait until they are cancelled, as over a connection that is down and reconnecting.</summary>
    public bool Hanging { get; set; }

    public IReadOnlyList<(object Message, Guid? Id)> Published => [.. _published];

    public Task PublishAsync(IReadOnlyList<object> messages, CancellationToken cancellationToken = default)
    {
        ThrowIfAway();
        foreach (var message in messages)
        {
            _published.Enqueue((message, null));
        }

        return Task.CompletedTask;
    }

    public async Task PublishAsync(object message, Guid messageId, CancellationToken cancellationToken = default)
    {
        ThrowIfAway();
        if (Hanging)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        _published.Enqueue((message, messageId));
    }

    private void ThrowIfAway()
    {
        if (Away)
        {
            throw new InvalidOperationException("the broker is away");
        }
    }
}
