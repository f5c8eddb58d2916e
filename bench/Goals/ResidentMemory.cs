namespace CaseFlow.Bench.Goals;

/// <summary>
/// The hook for the memory goal: the process's resident size with <see cref="OpenCases"/> cases open in the engine. No scenario fills
/// it yet (it matters once the engine keeps case states in memory, issue #17); until then the goal prints "not measured".
/// </summary>
internal sealed record ResidentMemory(int OpenCases, long Bytes);
