using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The county 12345 system resolved an escalated case; the case records the county's result.</summary>
internal sealed class CountyResolveTrigger : CaseTrigger<ResultData>
{
    public override string Name => Triggers.CountyResolve;

    public override IReadOnlyList<string> Fields => ["result"];

    public override ResultData Read(CasePayload payload) => new(payload.Result);

    public override CasePayload Write(ResultData data, CasePayload payload) => payload with { Result = data.Result };

    protected override ResultData Check(CaseState state, ResultData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        Require(problems, "result", data.Result, "give the handling result");
        return data;
    }

    protected override CaseState Evolve(CaseState state, ResultData data, CaseEvent e) =>
        state with { CountyStatus = CountyStatuses.Resolved, Result = data.Result };
}
