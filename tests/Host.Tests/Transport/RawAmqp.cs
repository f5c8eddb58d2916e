using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RabbitMQ.Client;

namespace CaseFlow.Host.Tests.Transport;

/// <summary>
/// A caller that is not MassTransit: plain RabbitMQ.Client, publishing envelopes by hand and reading queues directly. It connects
/// as a broker user (guest, the test gateway, unless told otherwise) and sets the AMQP user_id of what it publishes to
/// <see cref="UserId"/>.
/// </summary>
public sealed class RawAmqp : IAsyncDisposable
{
    private static readonly CreateChannelOptions Confirmed = new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
    private readonly IConnection _connection;
    private IChannel _channel;

    private RawAmqp(IConnection connection, IChannel channel, string user)
    {
        _connection = connection;
        _channel = channel;
        UserId = user;
    }

    /// <summary>The user_id property of every message published: the connection's user; null for none, another name to try forging one.</summary>
    public string? UserId { get; set; }

    /// <summary>The channel's state: closed, with the broker's reason, after the broker refused something.</summary>
    public IChannel Channel => _channel;

    public static async Task<RawAmqp> ConnectAsync(string virtualHost, BrokerUser? user = null)
    {
        user ??= BrokerUsers.Gateway;
        var factory = new ConnectionFactory
        {
            HostName = "127.0.0.1",
            VirtualHost = virtualHost,
            UserName = user.Name,
            Password = user.Password,
            AutomaticRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromMilliseconds(500),
        };
        var connection = await factory.CreateConnectionAsync();
        return new RawAmqp(connection, await connection.CreateChannelAsync(Confirmed), user.Name);
    }

    /// <summary>A MassTransit envelope for a message, as the wire format documents it.</summary>
    public static JsonObject Envelope(string messageType, JsonObject message, Guid? messageId = null) => new()
    {
        ["messageId"] = (messageId ?? Guid.NewGuid()).ToString(),
        ["messageType"] = new JsonArray($"urn:message:{messageType}"),
        ["message"] = message,
        ["sentTime"] = DateTimeOffset.UtcNow.ToString("O"),
        ["headers"] = new JsonObject(),
    };

    public Task PublishAsync(string exchange, JsonObject envelope) => PublishBytesAsync(exchange, Encoding.UTF8.GetBytes(envelope.ToJsonString()));

    /// <summary>Publishes and waits for the broker's confirm, so the message is in its queue when this returns.</summary>
    public async Task PublishBytesAsync(string exchange, byte[] body, string contentType = "application/vnd.masstransit+json")
    {
        var properties = new BasicProperties { ContentType = contentType, DeliveryMode = DeliveryModes.Persistent, MessageId = Guid.NewGuid().ToString(), UserId = UserId };
        await _channel.BasicPublishAsync(exchange, "", false, properties, body);
    }

    /// <summary>Publishes with properties of the caller's making (odd content types, headers, message ids); the user_id is <see cref="UserId"/>.</summary>
    public async Task PublishBytesAsync(string exchange, byte[] body, BasicProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        properties.UserId = UserId;
        await _channel.BasicPublishAsync(exchange, "", false, properties, body);
    }

    /// <summary>Takes every message a queue holds now, with its properties, waiting up to <paramref name="quiet"/> for more after the last.</summary>
    public async Task<IReadOnlyList<(byte[] Body, IReadOnlyBasicProperties Properties)>> DrainAsync(string queue, TimeSpan quiet)
    {
        var taken = new List<(byte[], IReadOnlyBasicProperties)>();
        var until = DateTime.UtcNow + quiet;
        while (DateTime.UtcNow < until)
        {
            BasicGetResult? result;
            try
            {
                result = await _channel.BasicGetAsync(queue, autoAck: true);
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
            {
                // The queue was never declared: nothing reached it.
                _channel = await _connection.CreateChannelAsync(Confirmed);
                return taken;
            }

            if (result is null)
            {
                await Task.Delay(100);
                continue;
            }

            taken.Add((result.Body.ToArray(), result.BasicProperties));
            until = DateTime.UtcNow + quiet;
        }

        return taken;
    }

    /// <summary>
    /// Publishes until the broker confirms, riding out a broker outage: a message whose confirm never came is sent again
    /// (at-least-once; CaseFlow's idempotency makes the repeat harmless). Returns how many attempts failed.
    /// </summary>
    public async Task<int> PublishUntilConfirmedAsync(string exchange, JsonObject envelope, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        var failures = 0;
        while (true)
        {
            try
            {
                await PublishAsync(exchange, envelope);
                return failures;
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.AlreadyClosedException
                or RabbitMQ.Client.Exceptions.OperationInterruptedException
                or RabbitMQ.Client.Exceptions.PublishException
                or IOException
                or ObjectDisposedException)
            {
                failures++;
                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"could not publish to {exchange} within {timeout}", e);
                }

                await Task.Delay(250);
                if (_channel.IsClosed && _connection.IsOpen)
                {
                    _channel = await _connection.CreateChannelAsync(Confirmed);
                }
            }
        }
    }

    /// <summary>A fresh exclusive queue bound to a message type's exchange, to watch what CaseFlow publishes.</summary>
    public Task<string> WatchAsync(string messageType) => WatchAsync(messageType, ExchangeType.Fanout, durable: true, autoDelete: false);

    /// <summary>A fresh exclusive queue bound to an exchange, declared with the given arguments (which must match CaseFlow's).</summary>
    public async Task<string> WatchAsync(string exchange, string type, bool durable, bool autoDelete)
    {
        await _channel.ExchangeDeclareAsync(exchange, type, durable, autoDelete);
        var queue = await _channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await _channel.QueueBindAsync(queue.QueueName, exchange, "");
        return queue.QueueName;
    }

    /// <summary>The next message on a queue whose body matches, skipping others, waiting up to the timeout; null when none came.</summary>
    public async Task<JsonObject?> NextMatchingAsync(string queue, Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (await NextAsync(queue, until - DateTime.UtcNow) is { } next && match(next.Body))
            {
                return next.Body;
            }
        }

        return null;
    }

    /// <summary>The next message on a queue, waiting up to the timeout; null when none came.</summary>
    public async Task<(JsonObject Body, IDictionary<string, object?> Headers)?> NextAsync(string queue, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            BasicGetResult? result;
            try
            {
                result = await _channel.BasicGetAsync(queue, autoAck: true);
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
            {
                // The queue does not exist yet (MassTransit declares the error queue on first use); the broker closed the channel.
                _channel = await _connection.CreateChannelAsync(Confirmed);
                await Task.Delay(100);
                continue;
            }

            if (result is not null)
            {
                var text = Encoding.UTF8.GetString(result.Body.Span);
                JsonObject body;
                try
                {
                    body = JsonNode.Parse(text) as JsonObject ?? new JsonObject { ["raw"] = text };
                }
                catch (JsonException)
                {
                    body = new JsonObject { ["raw"] = text };
                }

                return (body, result.BasicProperties.Headers ?? new Dictionary<string, object?>());
            }

            await Task.Delay(100);
        }

        return null;
    }

    public static string Header(IDictionary<string, object?> headers, string name) => headers.TryGetValue(name, out var value) switch
    {
        true when value is byte[] bytes => Encoding.UTF8.GetString(bytes),
        true => value?.ToString() ?? "",
        false => "",
    };

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
