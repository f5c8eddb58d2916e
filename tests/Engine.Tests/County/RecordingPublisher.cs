using System.Collections.Concurrent;
using CaseFlow.Engine.Messaging;

namespace CaseFlow.Engine.Tests.County;

/// <summary>Keeps every outbound message the engine publishes, in order, for the specs to inspect.</summary>
internal sealed class RecordingPublisher : IOutboundPublisher
{
    private readonly ConcurrentQueue<object> _messages = new();

    public IReadOnlyList<object> Messages => [.. _messages];

    public IReadOnlyList<T> Of<T>() => Messages.OfType<T>().ToList();

    public Task PublishAsync(IReadOnlyList<object> messages, CancellationToken cancellationToken = default)
    {
        foreach (var message in messages)
        {
            _messages.Enqueue(message);
        }

        return Task.CompletedTask;
    }
}
