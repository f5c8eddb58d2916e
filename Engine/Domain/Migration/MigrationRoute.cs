using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Migration;

/// <summary>Where a migration takes cases: from one definition version to another, with the administrator's state mapping.</summary>
/// <param name="FromVersion">The version the cases are on.</param>
/// <param name="Source">That version's definition.</param>
/// <param name="ToVersion">The version they move to.</param>
/// <param name="Target">That version's definition.</param>
/// <param name="StateMapping">Old <c>workflow.state</c> to new, for states the target does not have under the same name; states not named keep their names.</param>
public sealed record MigrationRoute(int FromVersion, CompiledDefinition Source, int ToVersion, CompiledDefinition Target, IReadOnlyDictionary<string, string> StateMapping);
