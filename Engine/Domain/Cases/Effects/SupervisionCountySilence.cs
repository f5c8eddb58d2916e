using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Escalates in the township a county case whose deadline passed without a result, one rung per urging.</summary>
internal sealed class SupervisionCountySilence : ICaseEffect
{
    public string Name => "supervision.countySilence";

    /// <summary>Changes nothing on the case.</summary>
    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new SupervisionNoticeIssued
        {
            CaseId = e.CaseId,
            Kind = "countySilence",
            Recipient = EscalationLadder.CountySilence(state.CountyUrges, EscalationLadder.PlatformOf(state.Platform, state.Category, definition), definition) ?? "",
            Note = e.Payload.Note,
            Deadline = state.CountyDeadline,
        }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.CountySilenceEscalated();
}
