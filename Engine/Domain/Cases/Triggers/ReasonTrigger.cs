using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The data of a step that must say why it is taken.</summary>
/// <param name="Reason">Why.</param>
public sealed record ReasonData(string? Reason);

/// <summary>
/// A step that moves the case and must say why (MarkInvalid, Return, EscalateToCounty): the reason is required; the case records
/// nothing of it beyond the event (its effects do the rest).
/// </summary>
internal sealed class ReasonTrigger(string name) : CaseTrigger<ReasonData>
{
    public override string Name => name;

    public override IReadOnlyList<string> Fields => ["reason"];

    public override ReasonData Read(CasePayload payload) => new(payload.Reason);

    public override CasePayload Write(ReasonData data, CasePayload payload) => payload with { Reason = data.Reason };

    protected override ReasonData Check(CaseState state, ReasonData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        Require(problems, "reason", data.Reason, "say why");
        return data;
    }

    protected override CaseState Evolve(CaseState state, ReasonData data, CaseEvent e) => state;
}
