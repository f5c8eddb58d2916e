using MassTransit;

namespace CaseFlow.Bench.Load;

/// <summary>Counts every message a bus sends or publishes (requests, replies, events), on every endpoint.</summary>
internal sealed class BusTraffic : IPublishObserver, ISendObserver
{
    private long _published;
    private long _sent;

    public long Published => Interlocked.Read(ref _published);

    public long Sent => Interlocked.Read(ref _sent);

    public long Messages => Published + Sent;

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref _published);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PreSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref _sent);
        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
