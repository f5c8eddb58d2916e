using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The data of marking a case a duplicate: the earlier case it repeats.</summary>
/// <param name="DuplicateOf">The earlier case.</param>
/// <param name="Reason">Why, optionally.</param>
public sealed record MarkDuplicateData(Guid? DuplicateOf, string? Reason);

/// <summary>The command room sets a case aside as a repeat of an earlier one, which it must name.</summary>
internal sealed class MarkDuplicateTrigger : CaseTrigger<MarkDuplicateData>
{
    public override string Name => Triggers.MarkDuplicate;

    public override IReadOnlyList<string> Fields => ["duplicateOf", "reason"];

    public override MarkDuplicateData Read(CasePayload payload) => new(payload.DuplicateOf, payload.Reason);

    public override CasePayload Write(MarkDuplicateData data, CasePayload payload) => payload with { DuplicateOf = data.DuplicateOf, Reason = data.Reason };

    protected override MarkDuplicateData Check(CaseState state, MarkDuplicateData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        if (data.DuplicateOf is null || data.DuplicateOf == Guid.Empty || data.DuplicateOf == state.Id)
        {
            problems.Add(new("duplicateOf", "duplicateOf is required: the id of the earlier case this one repeats"));
        }

        return data;
    }

    protected override CaseState Evolve(CaseState state, MarkDuplicateData data, CaseEvent e) => state;
}
