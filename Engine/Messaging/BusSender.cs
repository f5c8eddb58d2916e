using MassTransit;

namespace CaseFlow.Engine.Messaging;

/// <summary>
/// Who sent a command on the bus, as the transport vouches for it: on RabbitMQ the AMQP <c>user_id</c> property, which the broker
/// refuses unless it is the publishing connection's user; on the in-memory bus, where only code in this process can publish, the
/// <see cref="Header"/> header that code sets. Never the message's body, which says only which of its sender's positions it acts in.
/// </summary>
/// <param name="Name">The broker user, or the in-process sender's name: the key of <c>CaseFlow:Bus:Senders</c>.</param>
/// <param name="Identity">What the events it causes record as their identity: <c>broker:user</c> or <c>in-process:name</c>.</param>
public sealed record BusSender(string Name, string Identity)
{
    /// <summary>The header in-process publishers name their sender in; honoured on the in-memory bus only, ignored on RabbitMQ.</summary>
    public const string Header = "CaseFlow-Sender";

    /// <summary>The scheme of the in-memory transport's addresses.</summary>
    private const string InMemoryScheme = "loopback";

    /// <summary>A sender the broker validated: the AMQP user it connected as.</summary>
    public static BusSender BrokerUser(string user) => new(user, $"broker:{user}");

    /// <summary>A sender that published on the in-memory bus, in this process, under this name.</summary>
    public static BusSender InProcess(string name) => new(name, $"in-process:{name}");

    /// <summary>How refusals name it: "broker user 'county12345'" or "in-process sender 'township-gateway'".</summary>
    public string Describe() => Identity.StartsWith("broker:", StringComparison.Ordinal) ? $"broker user '{Name}'" : $"in-process sender '{Name}'";

    /// <summary>The sender of a received message, or null and why the transport could not name one.</summary>
    public static (BusSender? Sender, string? Missing) Of(ConsumeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TryGetPayload<RabbitMqBasicConsumeContext>(out var rabbit))
        {
            return rabbit.Properties.UserId is { Length: > 0 } user
                ? (BrokerUser(user), null)
                : (null, "the message carries no AMQP user_id property: publish it with user_id set to the broker user you connect as "
                    + "(RabbitMQ checks that they match), e.g. BasicProperties.UserId in RabbitMQ.Client; the CaseFlow-Sender header does not count on RabbitMQ");
        }

        if (context.ReceiveContext.InputAddress.Scheme == InMemoryScheme)
        {
            return context.Headers.Get<string>(Header) is { Length: > 0 } name
                ? (InProcess(name), null)
                : (null, $"the message names no sender: on the in-memory bus, publish it with PublishAs (or the {Header} header) naming a sender of CaseFlow:Bus:Senders");
        }

        return (null, $"the transport at {context.ReceiveContext.InputAddress} cannot vouch for a message's sender; CaseFlow takes commands over RabbitMQ (user_id) or the in-memory bus ({Header})");
    }
}
