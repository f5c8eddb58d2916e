using CaseFlow.Bench.Load;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Configuration;

namespace CaseFlow.Bench.Embedded;

/// <summary>
/// The loop's commands handed straight to the <see cref="CaseService"/>, as the bus consumer hands them once it has decided who sent
/// them: the contract mapped by <see cref="CommandMapper"/>, a fresh message id (so the inbox is written as for a bus message), acting
/// as the township gateway in the position the body claims. A refusal is a failure of the benchmark.
/// </summary>
internal sealed class CaseServiceChannel(CaseService cases, TimeProvider time) : ICommandChannel
{
    public async Task<Guid> SendAsync<T>(T command)
        where T : class
    {
        var mapped = CommandMapper.ToCaseCommand(command, Guid.CreateVersion7(time.GetUtcNow())) with
        {
            MessageId = Guid.NewGuid(),
            Identity = DemoSenders.Gateway,
        };
        var outcome = mapped.Trigger == Triggers.Submit ? await cases.SubmitAsync(mapped) : await cases.ExecuteAsync(mapped);
        return outcome.State?.Id
            ?? throw new InvalidOperationException($"{typeof(T).Name} was refused ({outcome.Status}): {outcome.Decision?.Rejection}; a benchmark case must run the whole loop");
    }
}
