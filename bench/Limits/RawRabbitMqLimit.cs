using System.Diagnostics;
using System.Text.Json;
using CaseFlow.Bench.Suite;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CaseFlow.Bench.Limits;

/// <summary>
/// The broker's ceiling with nothing on top: plain RabbitMQ.Client publishes persistent messages to a durable queue with publisher
/// confirms (a window of confirms outstanding at once) while a consumer on its own channel acknowledges each one. A first batch of
/// 1,000 warms it up and is not measured.
/// </summary>
internal static class RawRabbitMqLimit
{
    private const int Window = 256;
    private const string Queue = "bench-raw";
    private const long WarmUp = 1000;
    private static readonly string[] MessageType = ["urn:message:CaseFlow.Contracts.Commands:RegisterCase"];

    public static async Task<LimitResult> RunAsync(long messages, byte[] body)
    {
        using var vhost = RabbitMqVirtualHost.Create("raw");
        var factory = new ConnectionFactory { HostName = RabbitMqVirtualHost.Host, VirtualHost = vhost.Name, UserName = RabbitMqVirtualHost.User, Password = RabbitMqVirtualHost.User };
        await using var connection = await factory.CreateConnectionAsync();
        await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var subscriber = await connection.CreateChannelAsync();
        await publisher.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
        await subscriber.BasicQosAsync(0, Window, false);

        var counter = new CountingConsumer.Counter();
        var consumer = new AsyncEventingBasicConsumer(subscriber);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await subscriber.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            counter.Arrived();
        };
        await subscriber.BasicConsumeAsync(Queue, autoAck: false, consumer);

        await PumpAsync(publisher, body, counter, Math.Min(messages, WarmUp));
        var started = Stopwatch.GetTimestamp();
        await PumpAsync(publisher, body, counter, messages);
        return new LimitResult("RabbitMQ.Client publish (persistent, confirmed) + consume (acked)", "RabbitMQ", messages, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static async Task PumpAsync(IChannel publisher, byte[] body, CountingConsumer.Counter counter, long messages)
    {
        var arrived = counter.Expect(messages);
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", DeliveryMode = DeliveryModes.Persistent };
        using var window = new SemaphoreSlim(Window);
        var inFlight = new List<Task>();
        for (long i = 0; i < messages; i++)
        {
            await window.WaitAsync();
            inFlight.Add(PublishAsync(publisher, properties, body, window));
        }

        await Task.WhenAll(inFlight);
        await arrived.WaitAsync(TimeSpan.FromMinutes(2));
    }

    private static async Task PublishAsync(IChannel channel, BasicProperties properties, byte[] body, SemaphoreSlim window)
    {
        try
        {
            await channel.BasicPublishAsync(string.Empty, Queue, mandatory: false, properties, body);
        }
        finally
        {
            window.Release();
        }
    }

    /// <summary>A command as it travels: a RegisterCase in MassTransit's JSON envelope, the size of a typical CaseFlow step on the wire.</summary>
    public static byte[] SampleBody() => JsonSerializer.SerializeToUtf8Bytes(new
    {
        messageId = Guid.NewGuid(),
        requestId = Guid.NewGuid(),
        conversationId = Guid.NewGuid(),
        sourceAddress = "rabbitmq://127.0.0.1/bench/bench_bus",
        destinationAddress = "rabbitmq://127.0.0.1/bench/CaseFlow.Contracts.Commands:RegisterCase",
        responseAddress = "rabbitmq://127.0.0.1/bench/bench_bus?temporary=true",
        messageType = MessageType,
        message = new { caseId = Guid.NewGuid(), actor = "command-room" },
        sentTime = DateTimeOffset.UtcNow,
        headers = new { },
        host = new { machineName = "bench", processName = "CaseFlow.Bench", processId = 1, massTransitVersion = "8.5.12", operatingSystemVersion = "Unix" },
    });
}
