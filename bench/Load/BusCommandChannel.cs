using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Configuration;
using MassTransit;

namespace CaseFlow.Bench.Load;

/// <summary>
/// Every step as a request on the bus, answered <see cref="CaseCommandAccepted"/> or <see cref="CaseCommandRejected"/>, as DemoDay sends
/// them: as the township gateway (on the in-memory bus its CaseFlow-Sender header; over RabbitMQ the service's own broker user, which
/// the target maps to every person's position).
/// </summary>
internal sealed class BusCommandChannel(IBus bus) : ICommandChannel
{
    private static readonly RequestTimeout Timeout = RequestTimeout.After(s: 60);

    public async Task<Guid> SendAsync<T>(T command)
        where T : class
    {
        var client = bus.CreateRequestClient<T>(Timeout);
        var response = await client.GetResponse<CaseCommandAccepted, CaseCommandRejected>(command, request => request.As(DemoSenders.Gateway));
        if (response.Is(out Response<CaseCommandAccepted>? accepted))
        {
            return accepted.Message.CaseId;
        }

        response.Is(out Response<CaseCommandRejected>? rejected);
        throw new InvalidOperationException($"{typeof(T).Name} was refused: {rejected!.Message.Reason}; a benchmark case must run the whole loop");
    }
}
