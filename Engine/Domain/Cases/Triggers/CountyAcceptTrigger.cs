using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The county's acceptance of an escalated case: its case number and the deadline it undertakes.</summary>
/// <param name="CountyCaseNumber">The county 12345 system's case number.</param>
/// <param name="Deadline">When the county undertakes to resolve the case.</param>
public sealed record CountyAcceptData(string? CountyCaseNumber, DateTimeOffset? Deadline);

/// <summary>The county 12345 system accepted the case; the case records the county's number and deadline, and its urgings start over.</summary>
internal sealed class CountyAcceptTrigger : CaseTrigger<CountyAcceptData>
{
    public override string Name => Triggers.CountyAccept;

    public override IReadOnlyList<string> Fields => ["countyCaseNumber", "deadline"];

    public override CountyAcceptData Read(CasePayload payload) => new(payload.CountyCaseNumber, payload.Deadline);

    public override CasePayload Write(CountyAcceptData data, CasePayload payload) =>
        payload with { CountyCaseNumber = data.CountyCaseNumber, Deadline = data.Deadline };

    protected override CountyAcceptData Check(CaseState state, CountyAcceptData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        Require(problems, "countyCaseNumber", data.CountyCaseNumber, "the county's case number for it");
        if (data.Deadline is null)
        {
            problems.Add(new("deadline", "deadline is required: when the county undertakes to resolve the case"));
        }

        return data;
    }

    protected override CaseState Evolve(CaseState state, CountyAcceptData data, CaseEvent e) => state with
    {
        CountyStatus = CountyStatuses.Accepted,
        CountyCaseNumber = data.CountyCaseNumber,
        CountyDeadline = data.Deadline,
        CountyUrges = 0,
    };
}
