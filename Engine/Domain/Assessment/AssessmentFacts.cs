namespace CaseFlow.Engine.Assessment;

/// <summary>
/// What the assessment keeps from a case's history, folded event by event and independent of any definition or calendar: the
/// projection kept beside the events, so that indicators and briefs read one row per case instead of replaying every history.
/// What depends on the definition (the leader a rung stands for, working time on a calendar, final states) is derived from these
/// facts when the case is assessed (<see cref="CaseAssessor"/>), so a newly published definition or calendar needs no rebuild.
/// </summary>
public sealed record AssessmentFacts
{
    /// <summary>
    /// The version of the derivation: raised whenever what a history folds to here changes, so that every stored projection of an
    /// older derivation is rebuilt from the histories and none is read meanwhile.
    /// </summary>
    public const int Derivation = 2;

    /// <summary>Nothing folded yet.</summary>
    public static AssessmentFacts None { get; } = new();

    /// <summary>Events folded (the case's version these facts stand for).</summary>
    public long Version { get; init; }

    /// <summary>The latest instant of the events folded: the facts hold for any reading at or after it.</summary>
    public DateTimeOffset? LatestAt { get; init; }

    /// <summary>Where the case stood after the last event folded (workflow.state).</summary>
    public string Position { get; init; } = "";

    /// <summary>The working-calendar version the latest recorded deadline was computed on; null for the definition's own.</summary>
    public int? CalendarVersion { get; init; }

    /// <summary>The platform it was last dispatched to; null when never dispatched.</summary>
    public string? Platform { get; init; }

    /// <summary>The office last assigned to lead it.</summary>
    public string? LeadOffice { get; init; }

    /// <summary>Every office that co-handled it in any round, in ordinal order.</summary>
    public IReadOnlyList<string> CoHandlers { get; init; } = [];

    /// <summary>Every office that took part (led or co-handled in any round), in the order each first did, with its own acts.</summary>
    public IReadOnlyList<OfficeFacts> Offices { get; init; } = [];

    /// <summary>The office assigned to lead the assignment in force (not returned nor re-dispatched since); null when none is.</summary>
    public string? AssignedOffice { get; init; }

    /// <summary>The office leading the handling round under way; null when none is.</summary>
    public string? RoundOffice { get; init; }

    /// <summary>True while the latest assignment awaits its sign-for.</summary>
    public bool AwaitingSignFor { get; init; }

    /// <summary>The sign-for deadline of the latest assignment.</summary>
    public DateTimeOffset? SignForDeadline { get; init; }

    /// <summary>Assignments whose sign-for fell due before the latest event.</summary>
    public int AssignmentsDue { get; init; }

    /// <summary>Of those, the ones signed for by their deadline.</summary>
    public int SignedForInTime { get; init; }

    /// <summary>When the handling round under way started; null when none is.</summary>
    public DateTimeOffset? RoundStart { get; init; }

    /// <summary>The deadline of the handling round under way.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Escalations in the handling round under way.</summary>
    public int Escalations { get; init; }

    /// <summary>Urgings of the county since the case went to it.</summary>
    public int CountyUrges { get; init; }

    /// <summary>Handling rounds the office completed.</summary>
    public int Completions { get; init; }

    /// <summary>True when a round ended (completed or returned) past its deadline.</summary>
    public bool Overdue { get; init; }

    /// <summary>The completed rounds, whose working time is counted on the calendar each ended under.</summary>
    public IReadOnlyList<HandlingRound> CompletedRounds { get; init; } = [];

    /// <summary>Returns (退单) recorded: an office's or a platform's act, never the county's.</summary>
    public int Returns { get; init; }

    /// <summary>Times the county 12345 system sent the case back to the township (counted apart from returns).</summary>
    public int SentBackByCounty { get; init; }

    /// <summary>True while the case is with the county: escalated to it, and neither sent back nor resolved by it since.</summary>
    public bool WithCounty { get; init; }

    /// <summary>Reopenings after a dispute.</summary>
    public int Reopens { get; init; }

    /// <summary>True once escalated to the county 12345 system.</summary>
    public bool EscalatedToCounty { get; init; }

    /// <summary>Every climb up the escalation ladder, in order; the leader each reached is read from the definition.</summary>
    public IReadOnlyList<LadderStep> LadderSteps { get; init; } = [];

    /// <summary>When it closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The reporter's rating at closing.</summary>
    public string? Rating { get; init; }

    /// <summary>When a callback first reached the reporter.</summary>
    public DateTimeOffset? CalledBackAt { get; init; }

    /// <summary>True once the callback timer flagged the case.</summary>
    public bool CallbackFlagged { get; init; }

    /// <summary>True when these facts are the whole history as read at <paramref name="asOf"/>: no event folded is later than it.</summary>
    public bool Cover(DateTimeOffset asOf) => LatestAt is { } latest && latest <= asOf;

    /// <summary>These facts with <paramref name="events"/> (the case's next events, in order) folded in. Pure.</summary>
    public AssessmentFacts Then(IEnumerable<Cases.CaseEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var fold = new AssessmentFold(this);
        foreach (var e in events)
        {
            fold.Step(e);
        }

        return fold.Facts();
    }
}
