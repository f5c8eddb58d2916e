using CaseFlow.Engine.Assessment;

namespace CaseFlow.Engine.History;

/// <summary>
/// The assessment's projection kept beside the histories: for each case, the facts its whole history folds to
/// (<see cref="AssessmentFacts"/>), written by every append in the append's transaction and rebuildable from the histories. The
/// indicators, briefs and the 督办 board read it instead of replaying every history.
/// </summary>
public interface IAssessmentProjection
{
    /// <summary>
    /// Every case in id order (the order of <see cref="IEventStore.ReadAllAsync"/>), with its projected facts, or with none when its
    /// projection is missing, behind its history, or of an older derivation (such a case is read from its history).
    /// </summary>
    IAsyncEnumerable<ProjectedCase> ReadProjectedAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Folds the histories of the cases whose projection is missing, behind or of an older derivation (every case when
    /// <paramref name="everyCase"/>) and writes their projections; returns how many it wrote.
    /// </summary>
    Task<int> RebuildAssessmentAsync(bool everyCase = false, CancellationToken cancellationToken = default);
}
