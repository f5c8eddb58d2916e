using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Escalates the case one rung up the ladder: the leader on the rung its escalations reached is told.</summary>
internal sealed class SupervisionEscalate : ICaseEffect
{
    public string Name => "supervision.escalate";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with { Escalations = state.Escalations + 1 };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new SupervisionNoticeIssued
        {
            CaseId = e.CaseId,
            Kind = "escalate",
            Recipient = EscalationLadder.Escalated(state.Escalations, EscalationLadder.PlatformOf(state.Platform, state.Category, definition), definition) ?? "",
            SupervisionState = state.Supervision ?? "",
            Note = e.Payload.Note,
            Deadline = state.HandlingDeadline,
        }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.Escalated();
}
