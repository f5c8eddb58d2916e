using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>Dispatch's data: the platform the case goes to.</summary>
/// <param name="Platform">Platform id; null takes the category's platform.</param>
public sealed record DispatchData(string? Platform);

/// <summary>The command room dispatches the case to a platform (its category's unless named); the case's offices are cleared.</summary>
internal sealed class DispatchTrigger : CaseTrigger<DispatchData>
{
    public override string Name => Triggers.Dispatch;

    public override IReadOnlyList<string> Fields => ["platform"];

    public override DispatchData Read(CasePayload payload) => new(payload.Platform);

    public override CasePayload Write(DispatchData data, CasePayload payload) => payload with { Platform = data.Platform };

    protected override DispatchData Check(CaseState state, DispatchData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        var platform = data.Platform ?? definition.Category(state.Category)?.Platform;
        if (definition.Platform(platform ?? "") is null)
        {
            problems.Add(new("platform", $"unknown platform '{platform}'; platforms are: {Vocabulary.List(definition.Definition.Organisation.Platforms.Select(p => p.Id))}"));
        }

        return new(platform);
    }

    protected override CaseState Evolve(CaseState state, DispatchData data, CaseEvent e) =>
        state with { Platform = data.Platform, LeadOffice = null, CoHandlers = [], RoutedAt = e.At };
}
