namespace CaseFlow.Engine.Assessment;

/// <summary>
/// What one office did in a case, as folded from its history (<see cref="AssessmentFacts.Offices"/>): each act is the office's that
/// was assigned when it happened. What holds only at a reading (an assignment or a round still open past its deadline) is added when
/// the case is assessed (<see cref="OfficePart"/>).
/// </summary>
public sealed record OfficeFacts
{
    /// <summary>The office's id.</summary>
    public required string Office { get; init; }

    /// <summary>True when it was assigned to lead the case (主办) in any round; false when it only co-handled (协办).</summary>
    public bool Led { get; init; }

    /// <summary>Its assignments whose sign-for fell due before the latest event: signed for, or their deadline passed before the case moved on.</summary>
    public int AssignmentsDue { get; init; }

    /// <summary>Of those, the ones it signed for by their deadline.</summary>
    public int SignedForInTime { get; init; }

    /// <summary>Returns (退单) it made: the case returned while it was the office assigned to lead it.</summary>
    public int Returns { get; init; }

    /// <summary>True when a round it led ended (completed or returned) past its handling deadline.</summary>
    public bool Overdue { get; init; }
}
