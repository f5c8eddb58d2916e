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
                _platform = CaseTriggers.Dispatch.Read(p).Platform;
                break;
            case Triggers.Assign:
                var assigned = CaseTriggers.Assign.Read(p);
                EndAssignment(e.At);
                _lead = assigned.LeadOffice;
                _coHandlers.UnionWith(assigned.CoHandlers ?? []);
                _awaitingSignFor = true;
                _signForDeadline = assigned.SignForDeadline;
                _escalations = 0; // a new assignment climbs its own ladder until signed for, as the case does
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
        }

        if (completed)
        {
            _completions++;
            _rounds.Add(new HandlingRound(start, at, _calendarVersion));
        }

        _roundStart = null;
        _deadline = null;
    }
}
