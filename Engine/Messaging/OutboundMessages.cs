using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Messaging;

/// <summary>Turns recorded events and their effects into the outbound contracts other systems receive.</summary>
public static class OutboundMessages
{
    /// <summary>The messages a batch of events causes, given the case after them.</summary>
    public static IReadOnlyList<object> For(IReadOnlyList<CaseEvent> events, CaseState state, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(events);
        var messages = new List<object>();
        foreach (var e in events)
        {
            if (e.Trigger == Triggers.Submit)
            {
                messages.Add(new CaseReceived { CaseId = e.CaseId, CaseNumber = state.Number, ClientKey = state.ClientKey, Category = state.Category, Channel = state.Channel, At = e.At });
            }

            messages.Add(new CaseStateChanged
            {
                CaseId = e.CaseId,
                Sequence = e.Sequence,
                Trigger = e.Trigger,
                From = e.From,
                To = e.To,
                Supervision = e.Supervision,
                Actor = e.Actor,
                At = e.At,
            });
            messages.AddRange(e.Effects.SelectMany(effect => CaseEffects.Of(effect).Publish(e, state, definition)));

            // Only the event that ended the case tells the county; what an ended case records after (its callback) does not.
            if (e.Sequence == state.Version && e.From != e.To && HandedDownEnded(e, state) is { } closed)
            {
                messages.Add(closed);
            }
        }

        return messages;
    }

    /// <summary>The rejection sent back to the caller of a refused command.</summary>
    public static CaseCommandRejected Rejection(CaseCommand command, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(decision);
        return new CaseCommandRejected
        {
            // A refused submission created no case: the id it would have taken names nothing, so the client key identifies it.
            CaseId = command.Trigger == Triggers.Submit ? null : command.CaseId,
            ClientKey = command.Payload.ClientKey,
            Command = command.Trigger,
            Reason = decision.Rejection ?? "",
            Errors = decision.Problems.Select(p => new FieldError { Field = p.Field, Message = p.Message }).ToList(),
        };
    }

    /// <summary>The county hears how a case it handed down ended: closed with a rating, or found invalid or a duplicate.</summary>
    private static HandedDownCaseClosed? HandedDownEnded(CaseEvent e, CaseState state)
    {
        if (!state.IsFinal || state.Channel != Vocabulary.CountyChannel || state.CountyCaseNumber is not { } number)
        {
            return null;
        }

        return new HandedDownCaseClosed
        {
            CountyCaseNumber = number,
            CaseId = e.CaseId,
            CaseNumber = state.Number,
            Result = state.Result ?? (e.Payload.Reason is { Length: > 0 } reason ? $"{state.Position}: {reason}" : state.Position),
            Rating = state.Rating ?? "",
            ClosedAt = e.At,
        };
    }
}
