using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>A migration: the definition versions a case left and moved to, and how its states were mapped.</summary>
/// <param name="FromVersion">The version left.</param>
/// <param name="ToVersion">The version moved to.</param>
/// <param name="StateMapping">Old workflow.state to new, for its position and supervision state.</param>
/// <param name="Reason">Why the administrator migrated.</param>
public sealed record MigrateData(int? FromVersion, int? ToVersion, IReadOnlyDictionary<string, string>? StateMapping, string? Reason);

/// <summary>
/// An administrator moved the case to a newer definition version. Not a workflow trigger: no command can send it (the decider refuses
/// it), the migrator records it; the case runs under the event's definition version from then on.
/// </summary>
internal sealed class MigrateTrigger : CaseTrigger<MigrateData>
{
    public override string Name => Triggers.Migrate;

    public override bool FiredByTransitions => false;

    public override IReadOnlyList<string> Fields => ["reason", "fromVersion", "toVersion", "stateMapping"];

    public override MigrateData Read(CasePayload payload) => new(payload.FromVersion, payload.ToVersion, payload.StateMapping, payload.Reason);

    public override CasePayload Write(MigrateData data, CasePayload payload) =>
        payload with { FromVersion = data.FromVersion, ToVersion = data.ToVersion, StateMapping = data.StateMapping, Reason = data.Reason };

    /// <summary>Never reached: the decider refuses a migration sent as a command before any data is checked.</summary>
    protected override MigrateData Check(CaseState state, MigrateData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems) => data;

    protected override CaseState Evolve(CaseState state, MigrateData data, CaseEvent e) => state with { DefinitionVersion = e.DefinitionVersion };
}
