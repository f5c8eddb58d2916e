using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Audit;

/// <summary>A case's replay with the stored history it was replayed from, for showing each step beside the event it re-derives.</summary>
/// <param name="Report">The replay.</param>
/// <param name="History">The stored events, in sequence order, as read for the replay.</param>
public sealed record ReplayedCase(ReplayReport Report, IReadOnlyList<CaseEvent> History);
