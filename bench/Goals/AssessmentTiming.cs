namespace CaseFlow.Bench.Goals;

/// <summary>
/// The hook for the assessment goal: how long the indicators and the monthly brief took over a store of <see cref="Cases"/> cases.
/// No scenario fills it yet (issue #17 adds one); until then the goal prints "not measured".
/// </summary>
internal sealed record AssessmentTiming(int Cases, double Seconds);
