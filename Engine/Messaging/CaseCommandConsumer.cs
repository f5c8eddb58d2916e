using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using MassTransit;

namespace CaseFlow.Engine.Messaging;

/// <summary>Consumes one command contract: runs it through the <see cref="CaseService"/> and, for a request, replies accepted or rejected.</summary>
/// <typeparam name="TCommand">The command contract.</typeparam>
public sealed class CaseCommandConsumer<TCommand>(CaseService cases, TimeProvider time) : IConsumer<TCommand>
    where TCommand : class
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<TCommand> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = CommandMapper.ToCaseCommand(context.Message, Guid.CreateVersion7(time.GetUtcNow())) with { MessageId = context.MessageId };
        var outcome = command.Trigger == Triggers.Submit
            ? await cases.SubmitAsync(command, context.CancellationToken)
            : await cases.ExecuteAsync(command, context.CancellationToken);
        if (context.RequestId is not null)
        {
            if (outcome.State is { } state)
            {
                await context.RespondAsync(new CaseCommandAccepted { CaseId = state.Id, Command = command.Trigger, Version = state.Version, State = state.Position });
            }
            else
            {
                await context.RespondAsync(OutboundMessages.Rejection(command, outcome.Decision!));
            }
        }

        if (outcome.Decision is { Problems.Count: > 0 } malformed)
        {
            await CommandErrorPipe.MoveToErrorQueueAsync(context.ReceiveContext, new MalformedCommandException($"{typeof(TCommand).Name} was malformed: {malformed.Rejection}"));
        }
    }
}
