using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Reporting;

/// <summary>A case as the holder of its reporter's link sees it.</summary>
/// <param name="State">The case, its personal data masked.</param>
/// <param name="History">Its history (only when each step was reached is shown of it).</param>
/// <param name="Definition">The definition it runs under.</param>
/// <param name="May">The commands the reporter may send now.</param>
internal sealed record ReporterCase(CaseState State, IReadOnlyList<CaseEvent> History, CompiledDefinition Definition, IReadOnlyList<string> May);
