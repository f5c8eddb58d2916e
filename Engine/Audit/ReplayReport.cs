using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Audit;

/// <summary>One step of a replayed case: what happened, as the pinned definition re-derived it.</summary>
/// <param name="Sequence">Position in the history.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Actor">Who acted.</param>
/// <param name="ActorKind">What kind of actor.</param>
/// <param name="Trigger">The command.</param>
/// <param name="From">workflow.state before.</param>
/// <param name="To">workflow.state after.</param>
/// <param name="Supervision">Supervision state after.</param>
/// <param name="Effects">Effects performed.</param>
/// <param name="Reason">The reason given, where one applies.</param>
/// <param name="Deadline">The deadline this step set (sign-for, handling, extended or the county's), if it set one.</param>
public sealed record ReplayStep(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string ActorKind,
    string Trigger,
    string From,
    string To,
    string? Supervision,
    IReadOnlyList<string> Effects,
    string? Reason,
    DateTimeOffset? Deadline)
{
    /// <summary>The authenticated identity that acted (empty on events recorded before identities were).</summary>
    public string Identity { get; init; } = "";
}

/// <summary>Something in a stored history that does not hold up.</summary>
/// <param name="Sequence">The event where it shows (0 for the case as a whole).</param>
/// <param name="Kind">
/// sequence, hash, definition, forbidden (an actor the definition does not let take the step), timer (a timer step the timer pump
/// could not have taken then), not-permitted, different-outcome or final-state.
/// </param>
/// <param name="Message">What differs, and how.</param>
public sealed record Divergence(long Sequence, string Kind, string Message);

/// <summary>The outcome of replaying one case through its pinned definition.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="DefinitionVersion">The definition version it is pinned to.</param>
/// <param name="Steps">Every step, in order.</param>
/// <param name="Divergences">Everything that did not hold up; empty when the history is faithful.</param>
/// <param name="State">The case as its stored history folds to.</param>
public sealed record ReplayReport(Guid CaseId, int DefinitionVersion, IReadOnlyList<ReplayStep> Steps, IReadOnlyList<Divergence> Divergences, CaseState? State)
{
    /// <summary>True when nothing diverged.</summary>
    public bool IsFaithful => Divergences.Count == 0;
}
