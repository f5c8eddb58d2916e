using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// A downstream consumer of CaseFlow's outbound events, as a separate system would be: one durable queue of its own bound to the
/// events' exchanges (declared as MassTransit declares them: fanout, durable), so that nothing published is missed across a broker
/// restart. Every delivery is recorded with its envelope's message id before it is acknowledged, duplicates included.
/// </summary>
internal sealed class EffectWatcher : IAsyncDisposable
{
    public const string CaseReceived = "CaseFlow.Contracts.Events:CaseReceived";
    public const string CaseStateChanged = "CaseFlow.Contracts.Events:CaseStateChanged";
    public const string CaseCommandRejected = "CaseFlow.Contracts.Events:CaseCommandRejected";

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<Delivery> _deliveries = new();

    private EffectWatcher(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <summary>Every delivery so far, in arrival order.</summary>
    public IReadOnlyList<Delivery> Deliveries => _deliveries.ToArray();

    /// <summary>Binds a fresh durable queue to the exchanges and starts consuming; call it before the first command is sent.</summary>
    public static async Task<EffectWatcher> StartAsync(string virtualHost, params string[] exchanges)
    {
        var factory = new ConnectionFactory
        {
            HostName = "127.0.0.1",
            VirtualHost = virtualHost,
            UserName = "guest",
            Password = "guest",
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromMilliseconds(500),
        };
        var connection = await factory.CreateConnectionAsync("scale-out effect watcher");
        var channel = await connection.CreateChannelAsync();
        await channel.BasicQosAsync(0, 500, false);
        var queue = $"scale-out-watcher-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        foreach (var exchange in exchanges)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue, exchange, "");
        }

        var watcher = new EffectWatcher(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += watcher.OnReceivedAsync;
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        return watcher;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task OnReceivedAsync(object sender, BasicDeliverEventArgs args)
    {
        var body = JsonNode.Parse(Encoding.UTF8.GetString(args.Body.Span))!.AsObject();
        var message = body["message"]!.AsObject();
        _deliveries.Enqueue(new Delivery(
            args.Exchange,
            Guid.Parse(body["messageId"]!.GetValue<string>()),
            message["caseId"] is { } id && id.GetValueKind() == System.Text.Json.JsonValueKind.String ? Guid.Parse(id.GetValue<string>()) : Guid.Empty,
            message["sequence"]?.GetValue<long>() ?? 0,
            message["clientKey"]?.GetValue<string>() ?? "",
            message["command"]?.GetValue<string>() ?? ""));
        try
        {
            await _channel.BasicAckAsync(args.DeliveryTag, multiple: false);
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.AlreadyClosedException or RabbitMQ.Client.Exceptions.OperationInterruptedException or IOException)
        {
            // The broker went away after delivering: it delivers the message again (same message id), which the counts allow.
        }
    }
}

/// <summary>One delivery of an outbound event: which exchange, its message id, and the case facts the counts need.</summary>
internal sealed record Delivery(string Exchange, Guid MessageId, Guid CaseId, long Sequence, string ClientKey, string Command);
