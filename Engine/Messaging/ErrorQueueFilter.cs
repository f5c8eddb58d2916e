using MassTransit;
using MassTransit.Middleware.Rescue;
using MassTransit.Transports;
using RabbitMQ.Client;

namespace CaseFlow.Engine.Messaging;

/// <summary>
/// Moves a message to the error queue as MassTransit's error transport does, without its AMQP <c>user_id</c>: RabbitMQ refuses a
/// publish whose user_id is not the publishing connection's user, and the messages CaseFlow moves were sent by other systems. Their
/// sender is kept in the <see cref="UserIdHeader"/> header.
/// </summary>
public sealed class ErrorQueueFilter : IFilter<ExceptionReceiveContext>
{
    /// <summary>The error queue's header naming the broker user that sent the message.</summary>
    public const string UserIdHeader = "CaseFlow-UserId";

    /// <inheritdoc />
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!context.TryGetPayload(out IErrorTransport? transport))
        {
            throw new TransportException(context.InputAddress, $"The {nameof(IErrorTransport)} was not available on the {nameof(ReceiveContext)}.");
        }

        var moved = context.TryGetPayload(out RabbitMqBasicConsumeContext? rabbit) && rabbit.Properties.UserId is { Length: > 0 }
            ? new WithoutUserId(context, rabbit)
            : context;
        await transport.Send(moved);
        await next.Send(context);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context?.CreateFilterScope("caseflow-error-queue");

    /// <summary>The failed message as the error transport reads it, its user_id turned into a header.</summary>
    private sealed class WithoutUserId(ExceptionReceiveContext context, RabbitMqBasicConsumeContext rabbit)
        : RescueExceptionReceiveContext(context, context.Exception)
    {
        private readonly Delivery _delivery = new(rabbit);

        public override bool TryGetPayload<TPayload>(out TPayload payload)
            where TPayload : class
        {
            if (typeof(TPayload) == typeof(RabbitMqBasicConsumeContext))
            {
                payload = (TPayload)(object)_delivery;
                return true;
            }

            return base.TryGetPayload(out payload);
        }
    }

    private sealed class Delivery(RabbitMqBasicConsumeContext received) : RabbitMqBasicConsumeContext
    {
        public string Exchange => received.Exchange;

        public string? RoutingKey => received.RoutingKey;

        public string ConsumerTag => received.ConsumerTag;

        public ulong DeliveryTag => received.DeliveryTag;

        public IReadOnlyBasicProperties Properties { get; } = new BasicProperties(received.Properties)
        {
            UserId = null,
            Headers = new Dictionary<string, object?>(received.Properties.Headers ?? new Dictionary<string, object?>(), StringComparer.OrdinalIgnoreCase)
            {
                [UserIdHeader] = received.Properties.UserId,
            },
        };
    }
}
