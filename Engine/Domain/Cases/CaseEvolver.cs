using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The pure fold: applies one recorded event to a case. Replaying a history through it rebuilds the case.</summary>
public static class CaseEvolver
{
    /// <summary>Folds a whole history (in sequence order) into the case it describes.</summary>
    public static CaseState? Replay(IEnumerable<CaseEvent> history, CompiledDefinition definition) => Replay(history, _ => definition);

    /// <summary>Folds a whole history, each event under the definition version it was recorded with (a migrated case has several).</summary>
    public static CaseState? Replay(IEnumerable<CaseEvent> history, Func<int, CompiledDefinition> definitionOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(definitionOf);
        CaseState? state = null;
        foreach (var e in history)
        {
            state = Apply(state, e, definitionOf(e.DefinitionVersion));
        }

        return state;
    }

    /// <summary>The case after the event; the first event (Submit) creates it.</summary>
    public static CaseState Apply(CaseState? state, CaseEvent e, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(definition);
        var moved = Move(state ?? SubmitTrigger.Create(e, CaseTriggers.Submit.Read(e.Payload)), e, definition);
        var next = CaseTriggers.Of(e.Trigger).Evolve(moved, e);
        var evolved = next;
        for (var i = 0; i < e.Effects.Count; i++)
        {
            evolved = CaseEffects.Of(e.Effects[i]).Evolve(evolved, e);
        }

        if (e.Payload.Attachments is { Count: > 0 } attachments)
        {
            // Any step may record attachments, whatever its trigger: they belong to no one trigger's data.
            evolved = evolved with { Attachments = evolved.Attachments.AddRange(attachments.Select(a => new CaseAttachment(a, e.Trigger, e.Sequence, e.At))) };
        }

        return e.Payload.CalendarVersion is { } calendar ? evolved with { CalendarVersion = calendar, UndeclaredYears = [.. e.Payload.UndeclaredYears ?? []] } : evolved;
    }

    private static CaseState Move(CaseState state, CaseEvent e, CompiledDefinition definition)
    {
        var place = definition.PlaceOf(e.To);
        return state with
        {
            Workflow = place.Workflow,
            State = place.State,
            Supervision = e.Supervision,
            Version = e.Sequence,
            LastHash = e.Hash,
            UpdatedAt = e.At,
            IsFinal = place.Final,
        };
    }
}
