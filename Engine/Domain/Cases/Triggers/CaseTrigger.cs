using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The common shape of a trigger unit: the untyped aspects go through the typed record, read once and written once.</summary>
/// <typeparam name="TData">The trigger's data.</typeparam>
public abstract class CaseTrigger<TData> : ICaseTrigger<TData>
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public virtual bool FiredByTransitions => true;

    /// <inheritdoc/>
    public abstract IReadOnlyList<string> Fields { get; }

    /// <inheritdoc/>
    public abstract TData Read(CasePayload payload);

    /// <inheritdoc/>
    public abstract CasePayload Write(TData data, CasePayload payload);

    /// <inheritdoc/>
    public CasePayload Check(CaseState state, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Write(Check(state, Read(command.Payload), command, definition, problems), command.Payload);
    }

    /// <inheritdoc/>
    public CaseState Evolve(CaseState state, CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Evolve(state, Read(e.Payload), e);
    }

    /// <inheritdoc/>
    public CasePayload DataOnly(CasePayload payload) => Write(Read(payload), CasePayload.Empty);

    /// <summary>The data as the event will record it, adding to <paramref name="problems"/> what is wrong with it.</summary>
    protected abstract TData Check(CaseState state, TData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems);

    /// <summary>The case after a recorded event carrying <paramref name="data"/>.</summary>
    protected abstract CaseState Evolve(CaseState state, TData data, CaseEvent e);

    /// <summary>Adds a problem when a required text is missing or blank.</summary>
    protected static void Require(List<FieldProblem> problems, string field, string? value, string hint)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, $"{field} is required: {hint}"));
        }
    }
}
