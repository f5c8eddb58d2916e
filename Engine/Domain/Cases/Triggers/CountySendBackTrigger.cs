using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Cases;

/// <summary>The county 12345 system sent the case back as within the township's remit, saying why; the case is the township's again.</summary>
internal sealed class CountySendBackTrigger : CaseTrigger<ReasonData>
{
    public override string Name => Triggers.CountySendBack;

    public override IReadOnlyList<string> Fields => ["reason"];

    public override ReasonData Read(CasePayload payload) => new(payload.Reason);

    public override CasePayload Write(ReasonData data, CasePayload payload) => payload with { Reason = data.Reason };

    protected override ReasonData Check(CaseState state, ReasonData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        Require(problems, "reason", data.Reason, "say why the case is within the township's remit");
        return data;
    }

    protected override CaseState Evolve(CaseState state, ReasonData data, CaseEvent e) =>
        state with { CountyStatus = CountyStatuses.SentBack, Jurisdiction = Jurisdictions.Township };
}
