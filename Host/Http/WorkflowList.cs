using CaseFlow.Workflows.Model;

namespace CaseFlow.Host.Http;

/// <summary>The current definition's workflows.</summary>
/// <param name="Id">The definition's (workflow set's) id.</param>
/// <param name="Version">The definition version serving now.</param>
/// <param name="ContentHash">The hash of that version's content.</param>
/// <param name="Workflows">Its workflows.</param>
internal sealed record WorkflowList(string Id, int Version, string ContentHash, IReadOnlyList<WorkflowSummary> Workflows);

/// <summary>One workflow: its states and triggers.</summary>
/// <param name="Id">The workflow's id.</param>
/// <param name="Name">Its name for people.</param>
/// <param name="Initial">The state a case enters it in.</param>
/// <param name="RunsBeside">The workflow it runs beside (supervision), if any.</param>
/// <param name="States">Its states.</param>
/// <param name="Triggers">The commands it takes.</param>
/// <param name="Diagram">Where it is drawn.</param>
internal sealed record WorkflowSummary(string Id, string Name, string Initial, string? RunsBeside, IReadOnlyList<WorkflowStateSummary> States, IReadOnlyList<string> Triggers, string Diagram);

/// <summary>A state of a workflow.</summary>
/// <param name="Id">The state's id.</param>
/// <param name="Name">Its name for people.</param>
/// <param name="Final">True when a case ends there.</param>
/// <param name="ContinuesIn">The workflow a case goes on in from there, if any.</param>
internal sealed record WorkflowStateSummary(string Id, string Name, bool Final, Continuation? ContinuesIn);
