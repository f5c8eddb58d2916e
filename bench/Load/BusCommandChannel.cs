using CaseFlow.Contracts.Events;
using MassTransit;

namespace CaseFlow.Bench.Load;

/// <summary>Every step as a request on the bus, answered <see cref="CaseCommandAccepted"/> or <see cref="CaseCommandRejected"/>, as DemoDay sends them.</summary>
internal sealed class BusCommandChannel(IBus bus) : ICommandChannel
{
    private static readonly RequestTimeout Timeout = RequestTimeout.After(s: 60);

    public async Task<Guid> SendAsync<T>(T command)
        where T : class
    {
        var client = bus.CreateRequestClient<T>(Timeout);
        var response = await client.GetResponse<CaseCommandAccepted, CaseCommandRejected>(command);
        if (response.Is(out Response<CaseCommandAccepted>? accepted))
        {
            return accepted.Message.CaseId;
        }

        response.Is(out Response<CaseCommandRejected>? rejected);
        throw new InvalidOperationException($"{typeof(T).Name} was refused: {rejected!.Message.Reason}; a benchmark case must run the whole loop");
    }
}
