using CaseFlow.Engine.Migration;

namespace CaseFlow.Host.Admin;

/// <summary>What a migration moved, or would move in a dry run.</summary>
/// <param name="Applied">True when the moves were recorded; false for a plan.</param>
/// <param name="FromVersion">The version whose running cases move.</param>
/// <param name="ToVersion">The version they move to.</param>
/// <param name="StateMapping">Old state to new state, for states the new version renamed or removed.</param>
/// <param name="Moves">The cases that move, from where to where.</param>
/// <param name="CannotMove">The cases that cannot move, and why.</param>
/// <param name="Ended">How many ended cases keep the old version.</param>
/// <param name="Summary">All of it in one sentence.</param>
internal sealed record MigrationResult(
    bool Applied, int FromVersion, int ToVersion, IReadOnlyDictionary<string, string> StateMapping, IReadOnlyList<CaseMove> Moves, IReadOnlyList<CaseHold> CannotMove,
    int Ended, string Summary);
