using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Records a return (退单) and sends the case back to the command room for re-dispatch.</summary>
internal sealed class CaseReturned : ICaseEffect
{
    public string Name => "case.returned";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with
    {
        Returns = state.Returns + 1,
        LeadOffice = null,
        CoHandlers = [],
        SignedForAt = null,
        SignForDeadline = null,
        HandlingDeadline = null,
    };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new Contracts.Events.CaseReturned { CaseId = e.CaseId, ReturnedBy = e.Actor, Reason = e.Payload.Reason ?? "", Returns = state.Returns }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.Returned(e.At);
}
