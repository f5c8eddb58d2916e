namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>How many open cases are in one supervision state.</summary>
/// <param name="Workflow">The supervising workflow declaring the state; null for cases not under supervision (not yet signed for).</param>
/// <param name="State">The state id; null for cases not under supervision.</param>
/// <param name="Count">The open cases in it.</param>
public sealed record SupervisionStateCount(string? Workflow, string? State, int Count);
