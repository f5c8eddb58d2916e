using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// Any trigger that only moves a case (Register, SignFor, Warn, a trigger a definition adds …): it carries no data of its own beyond
/// the note any command may carry, checks nothing and records nothing on the case but the move and its effects.
/// </summary>
internal sealed class MoveTrigger(string name) : ICaseTrigger
{
    public string Name => name;

    public bool FiredByTransitions => true;

    public IReadOnlyList<string> Fields => [];

    public CasePayload Check(CaseState state, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Payload;
    }

    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    public CasePayload DataOnly(CasePayload payload) => CasePayload.Empty;
}
