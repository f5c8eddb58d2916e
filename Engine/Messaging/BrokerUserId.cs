using MassTransit;

namespace CaseFlow.Engine.Messaging;

/// <summary>
/// Sets the AMQP <c>user_id</c> of everything a bus sends or publishes on RabbitMQ to the broker user it connects as. The broker
/// refuses a message whose user_id is not its connection's user, so receivers — CaseFlow's command queue among them — know truly
/// who sent it.
/// </summary>
public static class BrokerUserId
{
    /// <summary>Stamps <paramref name="user"/> (the bus's own broker user) as the user_id of every message the bus sends.</summary>
    public static void UseBrokerUserId(this IRabbitMqBusFactoryConfigurator configurator, string user)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        configurator.ConfigureSend(send => send.UseExecute(context => Stamp(context, user)));
        configurator.ConfigurePublish(publish => publish.UseExecute(context => Stamp(context, user)));
    }

    private static void Stamp(SendContext context, string user)
    {
        if (context.TryGetPayload(out RabbitMqSendContext? rabbit))
        {
            rabbit.BasicProperties.UserId = user;
        }
    }
}
