using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>
/// Records the county 12345 system's send-back of an escalated case as within the township's remit and hands the case to the
/// command room for dispatch. Not a return (退单): a return is an office's or a platform leader's act, limited per case by the
/// supervision policy; the county's send-back is counted apart (<see cref="IAssessedHistory.SentBackByCounty"/>) and does not count
/// toward that limit.
/// </summary>
internal sealed class CountySentBack : ICaseEffect
{
    public string Name => "county.sentBack";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with
    {
        LeadOffice = null,
        CoHandlers = [],
        SignedForAt = null,
        SignForDeadline = null,
        HandlingDeadline = null,
    };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    /// <summary>Tells the command room the case is back for dispatch, as a return does, with the returns the case counts (the send-back not among them).</summary>
    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new Contracts.Events.CaseReturned { CaseId = e.CaseId, ReturnedBy = e.Actor, Reason = e.Payload.Reason ?? "", Returns = state.Returns }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.SentBackByCounty();
}
