using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Starts the handling clock when the office signs for the case: the handling deadline, a new round of escalations.</summary>
internal sealed class ClockStart : ICaseEffect
{
    public string Name => "clock.start";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with
    {
        SignedForAt = e.At,
        HandlingDeadline = e.Payload.Deadline,
        SignForDeadline = null,
        LastUrgedAt = null,
        Escalations = 0,
    };

    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) =>
        Calendars.DeadlineStamp.Mark(payload with { Deadline = SupervisionSchedule.HandlingDeadline(state, definition, now, calendar) }, now, calendarVersion, calendar);

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new HandlingClockStarted { CaseId = e.CaseId, Office = e.Actor, StartedAt = e.At, Deadline = state.HandlingDeadline }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.ClockStarted(e.At, e.Payload.Deadline);
}
