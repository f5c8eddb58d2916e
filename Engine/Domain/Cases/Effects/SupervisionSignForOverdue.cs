using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Urges the office to sign for (签收) a case whose sign-for deadline has passed.</summary>
internal sealed class SupervisionSignForOverdue : ICaseEffect
{
    public string Name => "supervision.signForOverdue";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with { LastUrgedAt = e.At };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new SupervisionNoticeIssued
        {
            CaseId = e.CaseId,
            Kind = "signForOverdue",
            Recipient = state.LeadOffice ?? "",
            Note = e.Payload.Note,
            Deadline = state.SignForDeadline,
        }];

    /// <summary>The assessment does not count it.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
