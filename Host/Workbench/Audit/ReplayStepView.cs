using CaseFlow.Engine.Audit;

namespace CaseFlow.Host.Workbench.Audit;

/// <summary>One step of a replay as the auditor steps through it: the step, its event's place in the hash chain, and what diverged there.</summary>
/// <param name="Step">The step as the replay re-derived it.</param>
/// <param name="Hash">The stored event's hash check.</param>
/// <param name="Divergences">What the replay found wrong at this event (its chain included).</param>
public sealed record ReplayStepView(ReplayStep Step, HashCheck Hash, IReadOnlyList<Divergence> Divergences)
{
    /// <summary>The replayer's verdicts on the step itself (the definition, the outcome), apart from its chain.</summary>
    public IEnumerable<Divergence> Outcome => Divergences.Where(d => d.Kind is not ("hash" or "sequence"));

    /// <summary>True when anything diverged at this step.</summary>
    public bool Flagged => Divergences.Count > 0 || !Hash.ContentHolds || !Hash.LinkHolds;

    /// <summary>The steps of a replay beside the stored events they replayed.</summary>
    public static IReadOnlyList<ReplayStepView> Of(ReplayedCase replayed)
    {
        ArgumentNullException.ThrowIfNull(replayed);
        return [.. replayed.Report.Steps.Select((step, i) => new ReplayStepView(
            step,
            HashCheck.Of(replayed.History, i),
            [.. replayed.Report.Divergences.Where(d => d.Sequence == step.Sequence && d.Sequence > 0)]))];
    }
}
