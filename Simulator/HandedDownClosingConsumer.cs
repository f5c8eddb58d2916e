using CaseFlow.Contracts.County;
using MassTransit;

namespace CaseFlow.Simulator;

/// <summary>Logs what the township reports back about a case the county handed down.</summary>
internal sealed class HandedDownClosingConsumer : IConsumer<HandedDownCaseClosed>
{
    public Task Consume(ConsumeContext<HandedDownCaseClosed> context)
    {
        var m = context.Message;
        CountyLog.Write($"<- township closed handed-down {m.CountyCaseNumber} (case {m.CaseId}): {m.Result}; rating: {(m.Rating.Length == 0 ? "none" : m.Rating)}");
        return Task.CompletedTask;
    }
}
