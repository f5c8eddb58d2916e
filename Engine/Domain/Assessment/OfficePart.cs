namespace CaseFlow.Engine.Assessment;

/// <summary>
/// One office's part in a case, read from its history: the role it played and what it did itself. The assessment charges each act
/// (a sign-for, a return, a handling round) to the office that did it at the time, never to whoever leads the case later.
/// </summary>
public sealed record OfficePart
{
    /// <summary>The lead office's role (主办).</summary>
    public const string Lead = "lead";

    /// <summary>A co-handling office's role (协办).</summary>
    public const string CoHandler = "coHandler";

    /// <summary>The office's id.</summary>
    public required string Office { get; init; }

    /// <summary><see cref="Lead"/> when it led the case in any round, else <see cref="CoHandler"/>.</summary>
    public required string Role { get; init; }

    /// <summary>Its assignments whose sign-for fell due: signed for, or their deadline passed before the case moved on or by the reading.</summary>
    public int AssignmentsDue { get; init; }

    /// <summary>Of those, the ones it signed for by the deadline.</summary>
    public int SignedForInTime { get; init; }

    /// <summary>Of those, the ones it signed for late or not at all by the deadline (签收超时).</summary>
    public int SignForLate { get; init; }

    /// <summary>Returns (退单) it made.</summary>
    public int Returns { get; init; }

    /// <summary>Handling rounds it led that it completed.</summary>
    public int Completions { get; init; }

    /// <summary>Working time of the rounds it led and completed, from sign-for to completion.</summary>
    public TimeSpan HandlingTime { get; init; }

    /// <summary>True when a round it led went past its handling deadline (ended past it, or still open past it at the reading).</summary>
    public bool Overdue { get; init; }

    /// <summary>
    /// True when it leads the assignment in force at the reading (not returned nor re-dispatched since): it answers for the case, so
    /// the case's outcome (closed, rated, called back, reopened, with the county) counts in its row (权责统一: the lead answers, a
    /// co-handler assists). A co-handler, or an office that returned the case or whose assignment was replaced, answers for its own
    /// acts only.
    /// </summary>
    public bool AnswersForOutcome { get; init; }
}
