using CaseFlow.Contracts.County;
using MassTransit;

namespace CaseFlow.Simulator;

/// <summary>Takes each case the township escalates and carries the county's side of the conversation through to the end.</summary>
internal sealed class EscalationConsumer(CountyDesk desk) : IConsumer<CaseEscalatedToCounty>
{
    public async Task Consume(ConsumeContext<CaseEscalatedToCounty> context)
    {
        try
        {
            await desk.AnswerAsync(context.Message, context.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            CountyLog.Write($"failed on escalated case {context.Message.CaseId}: {e.GetType().Name}: {e.Message}");
            throw;
        }
    }
}
