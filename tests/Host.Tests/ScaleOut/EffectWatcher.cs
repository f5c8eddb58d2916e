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
/// <remarks>
/// The watcher reconnects by itself rather than through the client's automatic recovery: a recovery attempt that meets the broker
/// half started (the listener open, the virtual host not yet) can end the client's recovery for good, and a watcher that silently
/// stops consuming reads as lost messages. Whenever its connection or channel closes it opens new ones and consumes the same queue
/// again; deliveries left unacknowledged are redelivered with their message ids, which the counts allow.
/// </remarks>
internal sealed class EffectWatcher : IAsyncDisposable
{
    public const string CaseReceived = "CaseFlow.Contracts.Events:CaseReceived";
    public const string CaseStateChanged = "CaseFlow.Contracts.Events:CaseStateChanged";
    public const string CaseCommandRejected = "CaseFlow.Contracts.Events:CaseCommandRejected";

    private static readonly TimeSpan RetryAfter = TimeSpan.FromMilliseconds(500);
    private readonly string _virtualHost;
    private readonly string _queue = $"scale-out-watcher-{Guid.NewGuid():N}";
    private readonly string[] _exchanges;
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _supervision = Task.CompletedTask;
    private int _connections;

    private EffectWatcher(string virtualHost, string[] exchanges)
    {
        _virtualHost = virtualHost;
        _exchanges = exchanges;
    }

    /// <summary>Every delivery so far, in arrival order.</summary>
    public IReadOnlyList<Delivery> Deliveries => _deliveries.ToArray();

    /// <summary>How many times the watcher connected (1 when the broker never went away).</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Binds a fresh durable queue to the exchanges and starts consuming; call it before the first command is sent.</summary>
    public static async Task<EffectWatcher> StartAsync(string virtualHost, params string[] exchanges)
    {
        var watcher = new EffectWatcher(virtualHost, exchanges);
        var first = await watcher.ConsumeAsync();
        watcher._supervision = Task.Run(() => watcher.SuperviseAsync(first));
        return watcher;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _supervision;
        _stop.Dispose();
    }

    /// <summary>Connects, declares the queue and its bindings (idempotent) and consumes; the task it returns ends when the connection or channel closes.</summary>
    private async Task<(IConnection Connection, Task Closed)> ConsumeAsync()
    {
        var factory = new ConnectionFactory
        {
            HostName = "127.0.0.1",
            VirtualHost = _virtualHost,
            UserName = "guest",
            Password = "guest",
            AutomaticRecoveryEnabled = false,
        };
        var connection = await factory.CreateConnectionAsync("scale-out effect watcher", _stop.Token);
        try
        {
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            connection.ConnectionShutdownAsync += (_, _) =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };
            var channel = await connection.CreateChannelAsync(cancellationToken: _stop.Token);
            channel.ChannelShutdownAsync += (_, _) =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };
            await channel.BasicQosAsync(0, 500, false, _stop.Token);
            await channel.QueueDeclareAsync(_queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: _stop.Token);
            foreach (var exchange in _exchanges)
            {
                await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: _stop.Token);
                await channel.QueueBindAsync(_queue, exchange, "", cancellationToken: _stop.Token);
            }

            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, args) => OnReceivedAsync(channel, args);
            await channel.BasicConsumeAsync(_queue, autoAck: false, consumer, _stop.Token);
            Interlocked.Increment(ref _connections);
            return (connection, closed.Task);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for the current connection to close, then connects again (every half second until it can) until disposed.</summary>
    private async Task SuperviseAsync((IConnection Connection, Task Closed) current)
    {
        var connection = current.Connection;
        var closed = current.Closed;
        try
        {
            while (true)
            {
                await closed.WaitAsync(_stop.Token);
                await connection.DisposeAsync();
                while (true)
                {
                    await Task.Delay(RetryAfter, _stop.Token);
                    try
                    {
                        (connection, closed) = await ConsumeAsync();
                        break;
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // The broker is still away or still starting; try again.
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private async Task OnReceivedAsync(IChannel channel, BasicDeliverEventArgs args)
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
            await channel.BasicAckAsync(args.DeliveryTag, multiple: false);
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.AlreadyClosedException or RabbitMQ.Client.Exceptions.OperationInterruptedException or IOException or ObjectDisposedException)
        {
            // The broker went away after delivering: it delivers the message again (same message id), which the counts allow.
        }
    }
}

/// <summary>One delivery of an outbound event: which exchange, its message id, and the case facts the counts need.</summary>
internal sealed record Delivery(string Exchange, Guid MessageId, Guid CaseId, long Sequence, string ClientKey, string Command);
