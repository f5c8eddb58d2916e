using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Passes the county's urging notice (督办) on an escalated case to the command room.</summary>
internal sealed class CountyUrged : ICaseEffect
{
    public string Name => "county.urged";

    /// <summary>Changes nothing on the case.</summary>
    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new SupervisionNoticeIssued
        {
            CaseId = e.CaseId,
            Kind = "countyUrge",
            Recipient = definition.Definition.Organisation.CommandRoom.Id,
            SupervisionState = state.Supervision ?? "",
            Note = e.Payload.Note,
        }];

    /// <summary>The assessment does not count it.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
