using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// One trigger the engine gives meaning to, whole: its name, the data it carries (a typed record, see
/// <see cref="ICaseTrigger{TData}"/>), how that data is checked and completed when a command is decided, and what the trigger records
/// on the case. Triggers that only move a case share one plain unit; each other one is registered once in <see cref="CaseTriggers"/>.
/// </summary>
public interface ICaseTrigger
{
    /// <summary>The trigger's name, as the definitions, the commands and the recorded events write it.</summary>
    string Name { get; }

    /// <summary>
    /// True when a command fires it through a workflow transition; false for the ones the engine records itself (a submission, a
    /// migration, a recomputed deadline), which no transition declares.
    /// </summary>
    bool FiredByTransitions { get; }

    /// <summary>The fields of the stored payload its data occupies, as they are written in JSON.</summary>
    IReadOnlyList<string> Fields { get; }

    /// <summary>
    /// The command's data as the event will record it (routing defaults filled in), adding to <paramref name="problems"/> what is
    /// wrong with it, each saying what would be right.
    /// </summary>
    CasePayload Check(CaseState state, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems);

    /// <summary>The case after a recorded event of this trigger: the case already moved to the event's position; effects follow.</summary>
    CaseState Evolve(CaseState state, CaseEvent e);

    /// <summary>A payload holding only this trigger's data, read from <paramref name="payload"/> as its typed record and written back.</summary>
    CasePayload DataOnly(CasePayload payload);
}

/// <summary>A trigger whose data is the typed record <typeparamref name="TData"/>: the way code reads and writes that data.</summary>
/// <typeparam name="TData">The trigger's data.</typeparam>
public interface ICaseTrigger<TData> : ICaseTrigger
{
    /// <summary>The trigger's data as a stored payload (a command's or a recorded event's) carries it.</summary>
    TData Read(CasePayload payload);

    /// <summary><paramref name="payload"/> with the trigger's fields set from <paramref name="data"/>; its other fields are kept.</summary>
    CasePayload Write(TData data, CasePayload payload);

    /// <summary>The command that fires this trigger on a case with <paramref name="data"/> and, optionally, a note.</summary>
    CaseCommand Command(Guid caseId, string actor, TData data, string? note = null) =>
        new() { Trigger = Name, CaseId = caseId, Actor = actor, Payload = Write(data, CasePayload.Empty with { Note = note }) };
}
