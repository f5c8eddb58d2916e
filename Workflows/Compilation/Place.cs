namespace CaseFlow.Workflows.Compilation;

/// <summary>What a case's position (<c>workflow.state</c>) names under a definition version.</summary>
/// <param name="Workflow">The workflow's id.</param>
/// <param name="State">The state's id within it.</param>
/// <param name="Final">True when the version declares the state final.</param>
public sealed record Place(string Workflow, string State, bool Final);
