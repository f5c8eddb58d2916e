using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Migration;

/// <summary>
/// What a migration would do (a dry run) or did (applied): the running cases that move with their state mapping, every one that
/// cannot and why, and how many cases on the version had already ended (they stay on it).
/// </summary>
public sealed record MigrationReport
{
    /// <summary>True when the moves were recorded; false for a dry run.</summary>
    public required bool Applied { get; init; }

    /// <summary>The version the cases are on.</summary>
    public required int FromVersion { get; init; }

    /// <summary>The version they move to.</summary>
    public required int ToVersion { get; init; }

    /// <summary>The administrator's state mapping, as given.</summary>
    public IReadOnlyDictionary<string, string> StateMapping { get; init; } = new Dictionary<string, string>();

    /// <summary>What is wrong with the request itself (unknown version, a mapping naming no state); nothing moves while there are any.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; init; } = [];

    /// <summary>Cases that move (dry run) or moved (applied).</summary>
    public IReadOnlyList<CaseMove> Moves { get; init; } = [];

    /// <summary>Running cases that cannot move, each with why; they stay on <see cref="FromVersion"/>, untouched.</summary>
    public IReadOnlyList<CaseHold> CannotMove { get; init; } = [];

    /// <summary>Cases on <see cref="FromVersion"/> that have ended: they keep the version they ended on.</summary>
    public int Ended { get; init; }

    /// <summary>True when the request could be planned.</summary>
    public bool IsValid => Problems.Count == 0;
}

/// <summary>One case's move to the target version.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Category">Its category.</param>
/// <param name="Title">Its title.</param>
/// <param name="From">workflow.state on the old version.</param>
/// <param name="To">workflow.state on the new version.</param>
/// <param name="SupervisionFrom">Supervision state on the old version, if supervised.</param>
/// <param name="SupervisionTo">Supervision state on the new version, if supervised.</param>
/// <param name="Sequence">The migration event's place in the case history, once applied.</param>
public sealed record CaseMove(Guid CaseId, string Category, string Title, string From, string To, string? SupervisionFrom, string? SupervisionTo, long? Sequence = null);

/// <summary>A running case that cannot move, and why.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Category">Its category.</param>
/// <param name="Title">Its title.</param>
/// <param name="Position">workflow.state, where it stays.</param>
/// <param name="Supervision">Its supervision state, if supervised.</param>
/// <param name="Reason">Every reason it cannot move, and what would let it.</param>
public sealed record CaseHold(Guid CaseId, string Category, string Title, string Position, string? Supervision, string Reason);
