using CaseFlow.Engine.Messaging;

namespace CaseFlow.Bench.Embedded;

/// <summary>Stands in for the bus in the embedded scenario: counts what the outbox hands it and sends nothing anywhere.</summary>
internal sealed class CountingPublisher : IOutboundPublisher
{
    private long _messages;

    public long Messages => Interlocked.Read(ref _messages);

    public Task PublishAsync(IReadOnlyList<object> messages, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref _messages, messages.Count);
        return Task.CompletedTask;
    }
}
