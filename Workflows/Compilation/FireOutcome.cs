using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Compilation;

/// <summary>What a workflow's machine decided about a trigger: the transition taken, or why it was refused.</summary>
public sealed record FireOutcome
{
    /// <summary>The declared transition taken; null when refused.</summary>
    public TransitionDefinition? Transition { get; init; }

    /// <summary>Why the trigger was refused; null when permitted.</summary>
    public string? Refusal { get; init; }

    /// <summary>True when the trigger was permitted.</summary>
    public bool IsPermitted => Transition is not null;
}
