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

    /// <summary>
    /// A return, charged to the office assigned then. A county send-back recorded before it had an effect of its own
    /// (<c>county.sentBack</c>) carried this one: it is read as what it was, a send-back, never a return.
    /// </summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
        if (e.Trigger == Triggers.CountySendBack)
        {
            history.SentBackByCounty();
            return;
        }

        history.Returned(e.At);
    }
}
