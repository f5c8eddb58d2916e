using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The county's assignment of an escalated case to one of its departments.</summary>
/// <param name="Department">The county department now handling the case.</param>
public sealed record CountyAssignData(string? Department);

/// <summary>The county 12345 system assigned the case to a department, which the case records.</summary>
internal sealed class CountyAssignTrigger : CaseTrigger<CountyAssignData>
{
    public override string Name => Triggers.CountyAssign;

    public override IReadOnlyList<string> Fields => ["department"];

    public override CountyAssignData Read(CasePayload payload) => new(payload.Department);

    public override CasePayload Write(CountyAssignData data, CasePayload payload) => payload with { Department = data.Department };

    protected override CountyAssignData Check(CaseState state, CountyAssignData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        Require(problems, "department", data.Department, "the county department now handling the case");
        return data;
    }

    protected override CaseState Evolve(CaseState state, CountyAssignData data, CaseEvent e) =>
        state with { CountyStatus = CountyStatuses.Assigned, CountyDepartment = data.Department };
}
