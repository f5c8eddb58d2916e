using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.Input;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Engine.Messaging;

/// <summary>
/// Consumes one command contract: decides from its sender which position it acts in (<see cref="BusSenders"/>), runs it through the
/// <see cref="CaseService"/> and, for a request, replies accepted or rejected. A command refused because of who sent it (a sender that
/// may not act as it claims, or a position the definition does not let send it) or because its data was wrong is also moved to the
/// error queue; one the case's state does not permit now is only rejected.
/// </summary>
/// <typeparam name="TCommand">The command contract.</typeparam>
public sealed class CaseCommandConsumer<TCommand>(
    CaseService cases,
    BusSenders senders,
    DefinitionRegistry definitions,
    IOutboundPublisher publisher,
    TimeProvider time,
    ILogger<CaseCommandConsumer<TCommand>> logger) : IConsumer<TCommand>
    where TCommand : class
{
    private static readonly bool County = CommandMapper.CountyTypes.Contains(typeof(TCommand));

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<TCommand> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claimed = CommandMapper.ToCaseCommand(context.Message, Guid.CreateVersion7(time.GetUtcNow())) with { MessageId = context.MessageId };
        var (sender, missing) = BusSender.Of(context);

        // An actor claimed out of bounds is not looked at, let alone repeated in a refusal: the message goes on to the case
        // service as it is, which refuses it like any command whose input is out of bounds.
        var unbounded = InputText.Problem("actor", claimed.Actor) is not null;
        var acting = unbounded ? null : senders.Decide(sender, missing, claimed.Actor, County, typeof(TCommand).Name, definitions.Current);
        if (acting?.Refusal is { } refusal)
        {
            await RefuseAsync(context, claimed, sender, refusal);
            return;
        }

        var command = acting is null ? claimed : claimed with { Actor = acting.Actor!, Identity = acting.Identity };
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
        else if (outcome.Status == CommandStatus.Forbidden)
        {
            await CommandErrorPipe.MoveToErrorQueueAsync(context.ReceiveContext, new CommandRefusedException($"{typeof(TCommand).Name} was forbidden: {outcome.Decision!.Rejection}"));
        }
    }

    /// <summary>A sender that may not send this: told (published, and the reply to a request), logged, and moved to the error queue.</summary>
    private async Task RefuseAsync(ConsumeContext<TCommand> context, CaseCommand claimed, BusSender? sender, string refusal)
    {
        BusSenderLog.Refused(logger, typeof(TCommand).Name, sender?.Identity ?? "(none)", claimed.Actor, refusal);
        var rejection = OutboundMessages.Rejection(claimed, Decision.Forbid(refusal));
        await publisher.PublishAsync([rejection], context.CancellationToken);
        if (context.RequestId is not null)
        {
            await context.RespondAsync(rejection);
        }

        await CommandErrorPipe.MoveToErrorQueueAsync(context.ReceiveContext, new CommandRefusedException(refusal));
    }
}
