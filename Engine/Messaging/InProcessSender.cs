using MassTransit;

namespace CaseFlow.Engine.Messaging;

/// <summary>
/// How code in this process sends commands on the in-memory bus under a declared sender (the demo, the embedded default's tools,
/// tests): the <see cref="BusSender.Header"/> header, mapped to positions by <c>CaseFlow:Bus:Senders</c> like a broker user.
/// </summary>
public static class InProcessSender
{
    /// <summary>Publishes a command as the named in-process sender.</summary>
    public static Task PublishAs<T>(this IPublishEndpoint endpoint, string sender, T message, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.Publish(message, context => context.Headers.Set(BusSender.Header, sender), cancellationToken);
    }

    /// <summary>Names the in-process sender of a request (<c>client.GetResponse&lt;…&gt;(command, x =&gt; x.As("township-gateway"))</c>).</summary>
    public static void As<T>(this IRequestPipeConfigurator<T> request, string sender)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        request.UseExecute(context => context.Headers.Set(BusSender.Header, sender));
    }
}
