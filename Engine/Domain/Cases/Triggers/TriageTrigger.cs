using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Cases;

/// <summary>Triage's data: the jurisdiction the command room decides, when it overrides the category's.</summary>
/// <param name="Jurisdiction">township or county; null follows the category.</param>
public sealed record TriageData(string? Jurisdiction);

/// <summary>The command room decides whether the case is in the township's remit; the case records the jurisdiction it names.</summary>
internal sealed class TriageTrigger : CaseTrigger<TriageData>
{
    public override string Name => Triggers.Triage;

    public override IReadOnlyList<string> Fields => ["jurisdiction"];

    public override TriageData Read(CasePayload payload) => new(payload.Jurisdiction);

    public override CasePayload Write(TriageData data, CasePayload payload) => payload with { Jurisdiction = data.Jurisdiction };

    protected override TriageData Check(CaseState state, TriageData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        if (data.Jurisdiction is { } j && j is not (Jurisdictions.Township or Jurisdictions.County))
        {
            problems.Add(new("jurisdiction", $"'{j}' is not a jurisdiction; use \"township\" or \"county\", or omit it to follow the category"));
        }

        return data;
    }

    protected override CaseState Evolve(CaseState state, TriageData data, CaseEvent e) => state with { Jurisdiction = data.Jurisdiction ?? state.Jurisdiction };
}
