using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>A recomputed deadline and why it was recomputed.</summary>
/// <param name="Deadline">The deadline counted again on the newly published calendar.</param>
/// <param name="Reason">Which calendar declared which year.</param>
public sealed record RecomputeDeadlineData(DateTimeOffset? Deadline, string? Reason);

/// <summary>
/// CaseFlow recomputed a provisional deadline on a newly published calendar that declares its year. Not a workflow trigger: no command
/// can send it. It replaces the sign-for deadline while the case awaits sign-for, else the handling deadline.
/// </summary>
internal sealed class RecomputeDeadlineTrigger : CaseTrigger<RecomputeDeadlineData>
{
    public override string Name => Triggers.RecomputeDeadline;

    public override bool FiredByTransitions => false;

    public override IReadOnlyList<string> Fields => ["reason", "deadline"];

    public override RecomputeDeadlineData Read(CasePayload payload) => new(payload.Deadline, payload.Reason);

    public override CasePayload Write(RecomputeDeadlineData data, CasePayload payload) => payload with { Deadline = data.Deadline, Reason = data.Reason };

    /// <summary>Never reached: the decider refuses a recomputation sent as a command before any data is checked.</summary>
    protected override RecomputeDeadlineData Check(CaseState state, RecomputeDeadlineData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems) => data;

    protected override CaseState Evolve(CaseState state, RecomputeDeadlineData data, CaseEvent e) => state.SignForDeadline is not null
        ? state with { SignForDeadline = data.Deadline }
        : state with { HandlingDeadline = data.Deadline };
}
