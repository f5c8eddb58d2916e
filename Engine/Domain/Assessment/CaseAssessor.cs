using CaseFlow.Engine.Routing;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Assessment;

/// <summary>Reads what the assessment counts from a case's history, as it stood at an instant. Pure: no clock, no store.</summary>
public static class CaseAssessor
{
    /// <summary>
    /// The case as assessed from its events up to and including <paramref name="asOf"/>: from its projected facts when they cover
    /// that instant, else by folding its history.
    /// </summary>
    public static AssessedCase Assess(CaseRecord record, CompiledDefinition definition, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(definition);
        return Assess(FactsAt(record, asOf), record.State, definition, record.Calendars, asOf);
    }

    /// <summary>
    /// The case as assessed from the facts its history folds to (<see cref="AssessmentFacts"/>), read under
    /// <paramref name="definition"/> and the calendars its deadlines were computed on.
    /// </summary>
    public static AssessedCase Assess(AssessmentFacts facts, Cases.CaseState state, CompiledDefinition definition, Calendars.CalendarSet calendars, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(calendars);
        var awaitingLate = facts.AwaitingSignFor && facts.SignForDeadline is { } signBy && signBy < asOf;
        var platform = facts.Platform ?? definition.Category(state.Category)?.Platform;
        var handlingLate = facts.RoundStart is not null && facts.Deadline is { } by && by < asOf;
        var callbackDue = facts.ClosedAt is { } closedAt && calendars.Of(facts.CalendarVersion, definition) is { } calendar && definition.Definition.Assessment?.CallbackWithin is { } within
            ? calendar.Add(closedAt, within)
            : (DateTimeOffset?)null;
        var leaders = LeadersReached(facts, state.Category, definition);
        var ended = Final(facts.Position, definition);
        var assignmentsDue = facts.AssignmentsDue + (awaitingLate ? 1 : 0);
        return new AssessedCase
        {
            Case = state,
            AsOf = asOf,
            Position = facts.Position,
            Ended = ended,
            Platform = platform,
            LeadOffice = facts.LeadOffice,
            CoHandlers = facts.CoHandlers,
            Offices = Offices(facts, awaitingLate, handlingLate, definition, calendars),
            SentBackByCounty = facts.SentBackByCounty,
            SignForLate = assignmentsDue - facts.SignedForInTime,
            SignForLateNow = awaitingLate,
            WithCounty = facts.WithCounty && !ended,
            PlatformsInvolved = platform is null ? [] : Router.PlatformsInvolved(definition, platform, facts.CoHandlers).Order(StringComparer.Ordinal).ToList(),
            Discarded = Discarded(facts.Position, definition),
            AssignmentsDue = assignmentsDue,
            SignedForInTime = facts.SignedForInTime,
            Completions = facts.Completions,
            Overdue = facts.Overdue || handlingLate,
            OverdueNow = handlingLate,
            HandlingDeadline = facts.RoundStart is null ? null : facts.Deadline,
            HandlingTime = HandlingTime(facts, definition, calendars),
            Returns = facts.Returns,
            Reopens = facts.Reopens,
            EscalatedToCounty = facts.EscalatedToCounty,
            LeadersReached = leaders,
            ReachedDeputySecretary = leaders.Any(l => Role(l, definition) is "deputySecretary" or "mainLeader"),
            ClosedAt = facts.ClosedAt,
            Rating = facts.Rating,
            CalledBackAt = facts.CalledBackAt,
            CallbackDue = callbackDue,
            CallbackLate = facts.CallbackFlagged || (callbackDue is { } due && (facts.CalledBackAt is { } called ? called > due : due < asOf)),
        };
    }

    /// <summary>The facts of the history as read at <paramref name="asOf"/>: the projected ones when they cover it, else folded from the events up to it.</summary>
    private static AssessmentFacts FactsAt(CaseRecord record, DateTimeOffset asOf)
    {
        if (record.Facts is { } projected && projected.Cover(asOf))
        {
            return projected;
        }

        // A record read from the projection alone carries no history: reading it before its latest event is a bug in the reader.
        if (record.Facts is { } facts && record.History.Count < facts.Version)
        {
            throw new InvalidOperationException(
                $"case {record.State.Id} is read at {asOf:O}, before its latest event ({facts.LatestAt:O}), but without its history; read its history to assess it then");
        }

        return AssessmentFacts.None.Then(record.History.Where(e => e.At <= asOf));
    }

    /// <summary>Working time from each sign-for to the completion that ended its round, each on the calendar in force when it ended.</summary>
    private static TimeSpan HandlingTime(AssessmentFacts facts, CompiledDefinition definition, Calendars.CalendarSet calendars) =>
        HandlingTime(facts.CompletedRounds, definition, calendars);

    private static TimeSpan HandlingTime(IEnumerable<HandlingRound> rounds, CompiledDefinition definition, Calendars.CalendarSet calendars)
    {
        var total = TimeSpan.Zero;
        foreach (var round in rounds)
        {
            total += calendars.Of(round.CalendarVersion, definition)?.WorkingTimeBetween(round.Start, round.End) ?? round.End - round.Start;
        }

        return total;
    }

    /// <summary>
    /// Each office's part, its acts its own: what it did as folded, plus what holds at the reading — the assignment in force still
    /// unsigned past its sign-for deadline is its lead's, the round under way past its handling deadline its leader's.
    /// </summary>
    private static List<OfficePart> Offices(AssessmentFacts facts, bool awaitingLate, bool handlingLate, CompiledDefinition definition, Calendars.CalendarSet calendars) =>
        facts.Offices.Select(o =>
        {
            var due = o.AssignmentsDue + (awaitingLate && o.Office == facts.AssignedOffice ? 1 : 0);
            var rounds = facts.CompletedRounds.Where(r => r.Office == o.Office).ToList();
            return new OfficePart
            {
                Office = o.Office,
                Role = o.Led ? OfficePart.Lead : OfficePart.CoHandler,
                AssignmentsDue = due,
                SignedForInTime = o.SignedForInTime,
                SignForLate = due - o.SignedForInTime,
                Returns = o.Returns,
                Completions = rounds.Count,
                HandlingTime = HandlingTime(rounds, definition, calendars),
                Overdue = o.Overdue || (handlingLate && o.Office == facts.RoundOffice),
                AnswersForOutcome = o.Office == facts.AssignedOffice,
            };
        }).ToList();

    /// <summary>The leader each climb of the ladder reached, lowest first: the platform whose coordinator stands on it is the one dispatched to by then, else the category's.</summary>
    private static List<string> LeadersReached(AssessmentFacts facts, string category, CompiledDefinition definition)
    {
        var leaders = new List<string>(facts.LadderSteps.Count);
        foreach (var step in facts.LadderSteps)
        {
            var platform = EscalationLadder.PlatformOf(step.Platform, category, definition);
            var leader = step.CountySilence
                ? EscalationLadder.CountySilence(step.Count, platform, definition)
                : EscalationLadder.Escalated(step.Count, platform, definition);
            if (leader is not null)
            {
                leaders.Add(leader);
            }
        }

        return leaders;
    }

    private static bool Final(string position, CompiledDefinition definition)
    {
        var dot = position.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && definition.Workflows.TryGetValue(position[..dot], out var workflow)
            && workflow.Definition.States.Any(s => s.Final && s.Id == position[(dot + 1)..]);
    }

    /// <summary>
    /// Set aside at intake, never handled: the case ended in a final state of the definition's entry workflow (found invalid, a
    /// duplicate …), so it never reached a platform or an office.
    /// </summary>
    private static bool Discarded(string position, CompiledDefinition definition) =>
        Final(position, definition) && position.StartsWith($"{definition.Definition.EntryWorkflow}.", StringComparison.Ordinal);

    private static string? Role(string leader, CompiledDefinition definition) =>
        definition.Definition.Organisation.Leaders.FirstOrDefault(l => l.Id == leader)?.Role;
}
