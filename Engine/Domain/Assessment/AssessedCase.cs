using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Assessment;

/// <summary>
/// What the assessment counts about one case, read from its history as it stood at an instant (<see cref="AsOf"/>): where it
/// went, whether each step came in time, how it ended and whether it was called back. <see cref="CaseAssessor"/> derives it.
/// </summary>
public sealed record AssessedCase
{
    /// <summary>The case now (its reporter, title, category, village and grid are fixed at submission).</summary>
    public required CaseState Case { get; init; }

    /// <summary>The instant the history was read up to.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Where the case stood at <see cref="AsOf"/> (workflow.state).</summary>
    public required string Position { get; init; }

    /// <summary>True when, at <see cref="AsOf"/>, the case had ended (closed, invalid or a duplicate).</summary>
    public bool Ended { get; init; }

    /// <summary>The platform it was last dispatched to, or its category's platform when it was never dispatched (out of scope, invalid).</summary>
    public string? Platform { get; init; }

    /// <summary>The office last assigned to lead it (主办); null when never assigned.</summary>
    public string? LeadOffice { get; init; }

    /// <summary>Every office that co-handled it (协办), in any round.</summary>
    public IReadOnlyList<string> CoHandlers { get; init; } = [];

    /// <summary>Every office that took part, in the order each first did, with its role and its own acts.</summary>
    public IReadOnlyList<OfficePart> Offices { get; init; } = [];

    /// <summary>Times the county 12345 system sent it back to the township (not a 退单: the county's act, counted apart).</summary>
    public int SentBackByCounty { get; init; }

    /// <summary>Assignments signed for after their sign-for deadline, or not signed for with it passed (签收超时).</summary>
    public int SignForLate { get; init; }

    /// <summary>True when, at <see cref="AsOf"/>, its latest assignment still awaits sign-for past the sign-for deadline.</summary>
    public bool SignForLateNow { get; init; }

    /// <summary>True when, at <see cref="AsOf"/>, it is with the county 12345 system (escalated and not yet back or ended).</summary>
    public bool WithCounty { get; init; }

    /// <summary>The platforms its lead office's platform and its co-handlers span; more than one means it needed another platform.</summary>
    public IReadOnlyList<string> PlatformsInvolved { get; init; } = [];

    /// <summary>True when it ended as invalid or a duplicate (not a case to resolve).</summary>
    public bool Discarded { get; init; }

    /// <summary>Assignments whose sign-for (签收) was due: signed for, or their sign-for deadline passed before the case moved on.</summary>
    public int AssignmentsDue { get; init; }

    /// <summary>Of those, the ones signed for by their deadline.</summary>
    public int SignedForInTime { get; init; }

    /// <summary>Times the office completed its handling (a disputed case is completed again).</summary>
    public int Completions { get; init; }

    /// <summary>True when a handling round went past its deadline: completed or returned late, or still open past it at <see cref="AsOf"/>.</summary>
    public bool Overdue { get; init; }

    /// <summary>True when, at <see cref="AsOf"/>, a handling round is still open past its handling deadline (an unsigned assignment is <see cref="SignForLateNow"/>, not overdue).</summary>
    public bool OverdueNow { get; init; }

    /// <summary>The handling deadline in force at <see cref="AsOf"/>, while handled.</summary>
    public DateTimeOffset? HandlingDeadline { get; init; }

    /// <summary>Working time from each sign-for to the completion that ended its round, summed over its <see cref="Completions"/> completed rounds (a round ended by a return, or still open, is not counted).</summary>
    public TimeSpan HandlingTime { get; init; }

    /// <summary>Returns (退单) recorded.</summary>
    public int Returns { get; init; }

    /// <summary>Times the reporter disputed the result and the case reopened.</summary>
    public int Reopens { get; init; }

    /// <summary>True once escalated to the county 12345 system.</summary>
    public bool EscalatedToCounty { get; init; }

    /// <summary>Every leader an escalation reached, in order (the platform coordinator, the deputy secretary, the main leader).</summary>
    public IReadOnlyList<string> LeadersReached { get; init; } = [];

    /// <summary>True when an escalation reached the deputy secretary or went past him to the main leader (重大问题报请副书记协调).</summary>
    public bool ReachedDeputySecretary { get; init; }

    /// <summary>When it closed, if it had by <see cref="AsOf"/>.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The reporter's satisfaction rating at closing.</summary>
    public string? Rating { get; init; }

    /// <summary>When a callback (回访) first reached the reporter.</summary>
    public DateTimeOffset? CalledBackAt { get; init; }

    /// <summary>By when the callback was due (the assessment policy's time after closing).</summary>
    public DateTimeOffset? CallbackDue { get; init; }

    /// <summary>True when the callback was late: flagged by its timer, made after it was due, or still not made with the due time past.</summary>
    public bool CallbackLate { get; init; }

    /// <summary>True when it was satisfied or basically satisfied at closing.</summary>
    public bool Satisfied => Rating is "satisfied" or "basicallySatisfied";

    /// <summary>True when it closed.</summary>
    public bool Closed => ClosedAt is not null;

    /// <summary>True when it needed more than one platform.</summary>
    public bool CrossPlatform => PlatformsInvolved.Count > 1;
}
