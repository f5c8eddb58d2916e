namespace CaseFlow.Bench.Assessment;

/// <summary>
/// Indicators and the monthly brief over a store of many cases, read from the projection beside the same read by replaying every
/// history, in alternating rounds (best round of each), and what the projection costs to rebuild and to keep.
/// </summary>
/// <param name="Cases">Cases in the store.</param>
/// <param name="Events">Events in their histories.</param>
/// <param name="RebuildSeconds">Every projection rebuilt from the histories (streamed), as at start-up after a change of derivation.</param>
/// <param name="ProjectedIndicatorsSeconds">Read from the projection, then the month's indicators by platform.</param>
/// <param name="ProjectedMonthlySeconds">Read from the projection, then the monthly brief laid out.</param>
/// <param name="ReplayedIndicatorsSeconds">The same indicators, every history replayed.</param>
/// <param name="ReplayedMonthlySeconds">The same brief, every history replayed.</param>
/// <param name="AppendEventsPerSecond">Events per second through <c>SqliteCaseStore.AppendAsync</c>, one per append, each keeping its case's projection.</param>
/// <param name="UpkeepMicroseconds">What keeping one case's projection costs an append beside its SQL: the previous facts read from JSON, the event folded in, written back.</param>
internal sealed record AssessmentResult(
    int Cases,
    long Events,
    double RebuildSeconds,
    double ProjectedIndicatorsSeconds,
    double ProjectedMonthlySeconds,
    double ReplayedIndicatorsSeconds,
    double ReplayedMonthlySeconds,
    double AppendEventsPerSecond,
    double UpkeepMicroseconds)
{
    /// <summary>The goal's number (#17: ≤ 1 s over 100,000 cases): indicators and the monthly brief, each read from the projection.</summary>
    public double ProjectedSeconds => ProjectedIndicatorsSeconds + ProjectedMonthlySeconds;

    /// <summary>The same by replaying every history, as before the projection.</summary>
    public double ReplayedSeconds => ReplayedIndicatorsSeconds + ReplayedMonthlySeconds;

    /// <summary>How many times faster the projection answers.</summary>
    public double Speedup => ReplayedSeconds / ProjectedSeconds;

    /// <summary>True when the goal holds: indicators and the monthly brief over the cases in at most a second.</summary>
    public bool GoalMet => ProjectedSeconds <= 1.0;
}
