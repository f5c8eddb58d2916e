using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Engine.Routing;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Assessment;

/// <summary>Reads what the assessment counts from a case's history, as it stood at an instant. Pure: no clock, no store.</summary>
public static class CaseAssessor
{
    /// <summary>The case as assessed from its events up to and including <paramref name="asOf"/>.</summary>
    public static AssessedCase Assess(CaseRecord record, CompiledDefinition definition, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(definition);
        var walk = new HistoryWalk(definition, record.Calendars, record.State.Category);
        foreach (var e in record.History.Where(e => e.At <= asOf))
        {
            walk.Step(e);
        }

        return walk.Finish(record.State, asOf);
    }

    /// <summary>One pass over a history, keeping what the assessment needs.</summary>
    private sealed class HistoryWalk(CompiledDefinition definition, Calendars.CalendarSet calendars, string category) : IAssessedHistory
    {
        // The calendar the deadlines were computed on, as the latest recorded one says: assessment counts on it, never on today's.
        private int? _calendarVersion;

        private readonly HashSet<string> _coHandlers = new(StringComparer.Ordinal);
        private readonly List<string> _leaders = [];
        private string _position = "";
        private string? _platform;
        private string? _lead;
        private bool _awaitingSignFor;
        private DateTimeOffset? _signForDeadline;
        private int _assignmentsDue;
        private int _inTime;
        private DateTimeOffset? _roundStart;
        private DateTimeOffset? _deadline;
        private int _escalations;
        private int _countyUrges;
        private int _completions;
        private bool _overdue;
        private TimeSpan _handling;
        private int _returns;
        private int _reopens;
        private bool _county;
        private DateTimeOffset? _closedAt;
        private string? _rating;
        private DateTimeOffset? _calledBackAt;
        private bool _flagged;

        public void Step(CaseEvent e)
        {
            var p = e.Payload;
            switch (e.Trigger)
            {
                case Triggers.Dispatch:
                    EndAssignment(e.At);
                    _platform = CaseTriggers.Dispatch.Read(p).Platform;
                    break;
                case Triggers.Assign:
                    var assigned = CaseTriggers.Assign.Read(p);
                    EndAssignment(e.At);
                    _lead = assigned.LeadOffice;
                    _coHandlers.UnionWith(assigned.CoHandlers ?? []);
                    _awaitingSignFor = true;
                    _signForDeadline = assigned.SignForDeadline;
                    break;
                case Triggers.SignFor when _awaitingSignFor:
                    _assignmentsDue++;
                    _inTime += _signForDeadline is { } by && e.At > by ? 0 : 1;
                    _awaitingSignFor = false;
                    break;
                case Triggers.Complete:
                    EndRound(e.At, completed: true);
                    break;
                case Triggers.DecideExtension when CaseTriggers.DecideExtension.Read(p) is { Approved: true, Deadline: { } extended }:
                    _deadline = extended;
                    break;
                case Triggers.Rate:
                    _rating = CaseTriggers.Rate.Read(p).Rating;
                    break;
                case Triggers.RecomputeDeadline when _awaitingSignFor:
                    _signForDeadline = CaseTriggers.RecomputeDeadline.Read(p).Deadline;
                    break;
                case Triggers.RecomputeDeadline when _roundStart is not null:
                    _deadline = CaseTriggers.RecomputeDeadline.Read(p).Deadline;
                    break;
            }

            _calendarVersion = p.CalendarVersion ?? _calendarVersion;

            foreach (var effect in e.Effects)
            {
                CaseEffects.Of(effect).Assess(this, e);
            }

            _position = e.To;
        }

        public AssessedCase Finish(CaseState state, DateTimeOffset asOf)
        {
            var awaitingLate = _awaitingSignFor && _signForDeadline is { } signBy && signBy < asOf;
            if (awaitingLate)
            {
                _assignmentsDue++;
            }

            var platform = _platform ?? definition.Category(state.Category)?.Platform;
            var handlingLate = _roundStart is not null && _deadline is { } by && by < asOf;
            var callbackDue = _closedAt is { } closedAt && Calendar is { } calendar && definition.Definition.Assessment?.CallbackWithin is { } within
                ? calendar.Add(closedAt, within)
                : (DateTimeOffset?)null;
            return new AssessedCase
            {
                Case = state,
                AsOf = asOf,
                Position = _position,
                Ended = Final(_position),
                Platform = platform,
                LeadOffice = _lead,
                CoHandlers = _coHandlers.Order(StringComparer.Ordinal).ToList(),
                PlatformsInvolved = platform is null ? [] : Router.PlatformsInvolved(definition, platform, _coHandlers).Order(StringComparer.Ordinal).ToList(),
                Discarded = Discarded(_position),
                AssignmentsDue = _assignmentsDue,
                SignedForInTime = _inTime,
                Completions = _completions,
                Overdue = _overdue || handlingLate,
                OverdueNow = handlingLate || awaitingLate,
                HandlingDeadline = _roundStart is null ? null : _deadline,
                HandlingTime = _handling,
                Returns = _returns,
                Reopens = _reopens,
                EscalatedToCounty = _county,
                LeadersReached = _leaders,
                ReachedDeputySecretary = _leaders.Any(l => Role(l) is "deputySecretary" or "mainLeader"),
                ClosedAt = _closedAt,
                Rating = _rating,
                CalledBackAt = _calledBackAt,
                CallbackDue = callbackDue,
                CallbackLate = _flagged || (callbackDue is { } due && (_calledBackAt is { } called ? called > due : due < asOf)),
            };
        }

        public void ClockStarted(DateTimeOffset at, DateTimeOffset? deadline)
        {
            _roundStart = at;
            _deadline = deadline;
            _escalations = 0;
        }

        public void Returned(DateTimeOffset at)
        {
            _returns++;
            EndAssignment(at);
            EndRound(at, completed: false);
        }

        public void Reopened() => _reopens++;

        public void EscalatedToCounty()
        {
            _county = true;
            _countyUrges = 0;
        }

        public void CountyUrged() => _countyUrges++;

        public void Escalated()
        {
            _escalations++;
            Reached(EscalationLadder.Escalated(_escalations, LadderPlatform, definition));
        }

        /// <summary>The township climbs one rung per urging of a silent county, the urging counted with the same event (county.urge comes first).</summary>
        public void CountySilenceEscalated() => Reached(EscalationLadder.CountySilence(_countyUrges, LadderPlatform, definition));

        public void Closed(DateTimeOffset at) => _closedAt = at;

        /// <summary>Only the first callback that reached the reporter counts.</summary>
        public void CalledBack(DateTimeOffset at) => _calledBackAt ??= at;

        public void CallbackFlagged() => _flagged = true;

        /// <summary>An assignment ends when the case moves on; unsigned, it counts as late only when its deadline had passed.</summary>
        private void EndAssignment(DateTimeOffset at)
        {
            if (_awaitingSignFor && _signForDeadline is { } by && by < at)
            {
                _assignmentsDue++;
            }

            _awaitingSignFor = false;
        }

        private void EndRound(DateTimeOffset at, bool completed)
        {
            if (_roundStart is not { } start)
            {
                return;
            }

            if (_deadline is { } by && at > by)
            {
                _overdue = true;
            }

            if (completed)
            {
                _completions++;
                _handling += Calendar?.WorkingTimeBetween(start, at) ?? at - start;
            }

            _roundStart = null;
            _deadline = null;
        }

        private Workflows.Calendar.WorkingCalendar? Calendar => calendars.Of(_calendarVersion, definition);

        private void Reached(string? leader)
        {
            if (leader is not null)
            {
                _leaders.Add(leader);
            }
        }

        /// <summary>The platform whose coordinator stands on the ladder: the one dispatched to so far, else the category's.</summary>
        private string? LadderPlatform => EscalationLadder.PlatformOf(_platform, category, definition);

        private bool Final(string position)
        {
            var dot = position.IndexOf('.', StringComparison.Ordinal);
            return dot > 0 && definition.Workflows.TryGetValue(position[..dot], out var workflow)
                && workflow.Definition.States.Any(s => s.Final && s.Id == position[(dot + 1)..]);
        }

        /// <summary>
        /// Set aside at intake, never handled: the case ended in a final state of the definition's entry workflow (found invalid, a
        /// duplicate …), so it never reached a platform or an office.
        /// </summary>
        private bool Discarded(string position) =>
            Final(position) && position.StartsWith($"{definition.Definition.EntryWorkflow}.", StringComparison.Ordinal);

        private string? Role(string leader) => definition.Definition.Organisation.Leaders.FirstOrDefault(l => l.Id == leader)?.Role;
    }
}
