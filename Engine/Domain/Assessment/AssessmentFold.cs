using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Cases.Effects;

namespace CaseFlow.Engine.Assessment;

/// <summary>
/// One pass over a history (or over the next events of one), keeping what the assessment needs as <see cref="AssessmentFacts"/>.
/// Each effect tells it what happened (<see cref="ICaseEffect.Assess"/>); nothing here reads a definition or a calendar.
/// </summary>
internal sealed class AssessmentFold : IAssessedHistory
{
    private readonly SortedSet<string> _coHandlers;
    private readonly List<HandlingRound> _rounds;
    private readonly List<LadderStep> _ladder;
    private readonly List<OfficeFacts> _offices;
    private string? _assigned;
    private string? _roundOffice;
    private int _sentBack;
    private bool _withCounty;
    private long _version;
    private DateTimeOffset? _latestAt;
    private int? _calendarVersion;
    private string _position;
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
    private int _returns;
    private int _reopens;
    private bool _county;
    private DateTimeOffset? _closedAt;
    private string? _rating;
    private DateTimeOffset? _calledBackAt;
    private bool _flagged;

    public AssessmentFold(AssessmentFacts from)
    {
        _coHandlers = new SortedSet<string>(from.CoHandlers, StringComparer.Ordinal);
        _rounds = [.. from.CompletedRounds];
        _ladder = [.. from.LadderSteps];
        _offices = [.. from.Offices];
        _assigned = from.AssignedOffice;
        _roundOffice = from.RoundOffice;
        _sentBack = from.SentBackByCounty;
        _withCounty = from.WithCounty;
        _version = from.Version;
        _latestAt = from.LatestAt;
        _calendarVersion = from.CalendarVersion;
        _position = from.Position;
        _platform = from.Platform;
        _lead = from.LeadOffice;
        _awaitingSignFor = from.AwaitingSignFor;
        _signForDeadline = from.SignForDeadline;
        _assignmentsDue = from.AssignmentsDue;
        _inTime = from.SignedForInTime;
        _roundStart = from.RoundStart;
        _deadline = from.Deadline;
        _escalations = from.Escalations;
        _countyUrges = from.CountyUrges;
        _completions = from.Completions;
        _overdue = from.Overdue;
        _returns = from.Returns;
        _reopens = from.Reopens;
        _county = from.EscalatedToCounty;
        _closedAt = from.ClosedAt;
        _rating = from.Rating;
        _calledBackAt = from.CalledBackAt;
        _flagged = from.CallbackFlagged;
    }

    public void Step(CaseEvent e)
    {
        var p = e.Payload;
        switch (e.Trigger)
        {
            case Triggers.Dispatch:
                EndAssignment(e.At);
                Unassign();
                _platform = CaseTriggers.Dispatch.Read(p).Platform;
                break;
            case Triggers.Assign:
                var assigned = CaseTriggers.Assign.Read(p);
                EndAssignment(e.At);
                _lead = assigned.LeadOffice;
                _coHandlers.UnionWith(assigned.CoHandlers ?? []);
                _assigned = assigned.LeadOffice;
                TakePart(assigned.LeadOffice, led: true);
                foreach (var co in assigned.CoHandlers ?? [])
                {
                    TakePart(co, led: false);
                }

                _awaitingSignFor = true;
                _signForDeadline = assigned.SignForDeadline;
                _escalations = 0; // a new assignment climbs its own ladder until signed for, as the case does
                break;
            case Triggers.SignFor when _awaitingSignFor:
                var inTime = _signForDeadline is not { } by || e.At <= by;
                _assignmentsDue++;
                _inTime += inTime ? 1 : 0;
                Charge(_assigned, o => o with { AssignmentsDue = o.AssignmentsDue + 1, SignedForInTime = o.SignedForInTime + (inTime ? 1 : 0) });
                _awaitingSignFor = false;
                break;
            case Triggers.CountyResolve:
                _withCounty = false;
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
        _version++;
        _latestAt = _latestAt is { } latest && latest > e.At ? latest : e.At;
    }

    public AssessmentFacts Facts() => new()
    {
        Version = _version,
        LatestAt = _latestAt,
        Position = _position,
        CalendarVersion = _calendarVersion,
        Platform = _platform,
        LeadOffice = _lead,
        CoHandlers = [.. _coHandlers],
        Offices = [.. _offices],
        AssignedOffice = _assigned,
        RoundOffice = _roundOffice,
        AwaitingSignFor = _awaitingSignFor,
        SignForDeadline = _signForDeadline,
        AssignmentsDue = _assignmentsDue,
        SignedForInTime = _inTime,
        RoundStart = _roundStart,
        Deadline = _deadline,
        Escalations = _escalations,
        CountyUrges = _countyUrges,
        Completions = _completions,
        Overdue = _overdue,
        CompletedRounds = [.. _rounds],
        Returns = _returns,
        SentBackByCounty = _sentBack,
        WithCounty = _withCounty,
        Reopens = _reopens,
        EscalatedToCounty = _county,
        LadderSteps = [.. _ladder],
        ClosedAt = _closedAt,
        Rating = _rating,
        CalledBackAt = _calledBackAt,
        CallbackFlagged = _flagged,
    };

    public void ClockStarted(DateTimeOffset at, DateTimeOffset? deadline)
    {
        _roundStart = at;
        _deadline = deadline;
        _escalations = 0;
        _roundOffice = _assigned;
    }

    /// <summary>The return is the act of the office assigned to lead the case then; a platform's return, with no office assigned, is no office's.</summary>
    public void Returned(DateTimeOffset at)
    {
        _returns++;
        Charge(_assigned, o => o with { Returns = o.Returns + 1 });
        EndAssignment(at);
        EndRound(at, completed: false);
        Unassign();
    }

    /// <summary>The county's send-back: counted apart, never a return; the case is the township's again.</summary>
    public void SentBackByCounty()
    {
        _sentBack++;
        _withCounty = false;
    }

    public void Reopened() => _reopens++;

    public void EscalatedToCounty()
    {
        _county = true;
        _withCounty = true;
        _countyUrges = 0;
    }

    public void CountyUrged() => _countyUrges++;

    public void Escalated()
    {
        _escalations++;
        _ladder.Add(new LadderStep(CountySilence: false, _escalations, _platform));
    }

    /// <summary>The township climbs one rung per urging of a silent county, the urging counted with the same event (county.urge comes first).</summary>
    public void CountySilenceEscalated() => _ladder.Add(new LadderStep(CountySilence: true, _countyUrges, _platform));

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
            Charge(_assigned, o => o with { AssignmentsDue = o.AssignmentsDue + 1 });
        }

        _awaitingSignFor = false;
    }

    /// <summary>A round ends completed or returned; its working time is counted when assessed, on the calendar recorded by now.</summary>
    private void EndRound(DateTimeOffset at, bool completed)
    {
        if (_roundStart is not { } start)
        {
            return;
        }

        if (_deadline is { } by && at > by)
        {
            _overdue = true;
            Charge(_roundOffice, o => o with { Overdue = true });
        }

        if (completed)
        {
            _completions++;
            _rounds.Add(new HandlingRound(start, at, _calendarVersion, _roundOffice));
        }

        _roundStart = null;
        _deadline = null;
        _roundOffice = null;
    }

    /// <summary>The assignment in force ends without a successor (re-dispatched or returned): no office answers for the case until the next.</summary>
    private void Unassign() => _assigned = null;

    /// <summary>The office takes part in the case: added in the order offices first did, a lead once a lead in any round.</summary>
    private void TakePart(string? office, bool led)
    {
        if (office is null)
        {
            return;
        }

        var i = _offices.FindIndex(o => o.Office == office);
        if (i < 0)
        {
            _offices.Add(new OfficeFacts { Office = office, Led = led });
        }
        else if (led && !_offices[i].Led)
        {
            _offices[i] = _offices[i] with { Led = true };
        }
    }

    /// <summary>An act charged to the office that did it; nothing when no office did (a platform's act).</summary>
    private void Charge(string? office, Func<OfficeFacts, OfficeFacts> act)
    {
        var i = office is null ? -1 : _offices.FindIndex(o => o.Office == office);
        if (i >= 0)
        {
            _offices[i] = act(_offices[i]);
        }
    }
}
