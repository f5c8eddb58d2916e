using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Tells the lead office and any co-handlers that the case is theirs, with the sign-for deadline it stamps.</summary>
internal sealed class NotifyOffice : ICaseEffect
{
    public string Name => "notify.office";

    /// <summary>Changes nothing on the case.</summary>
    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) =>
        Calendars.DeadlineStamp.Mark(payload with { Deadline = SupervisionSchedule.SignForDeadline(state, definition, now, calendar) }, now, calendarVersion, calendar);

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new CaseAssigned
        {
            CaseId = e.CaseId,
            Platform = state.Platform ?? "",
            LeadOffice = state.LeadOffice ?? "",
            CoHandlers = state.CoHandlers.Select(c => c.Office).ToList(),
            SignForBy = state.SignForDeadline,
        }];

    /// <summary>The assessment does not count it.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
