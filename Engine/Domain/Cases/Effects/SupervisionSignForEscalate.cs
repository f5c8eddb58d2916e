using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>
/// Climbs one rung of the escalation ladder for an assignment nobody signed for (签收): the leader on the rung its escalations reached
/// is told, about the sign-for deadline it missed. The assessment counts it as any climb of the ladder.
/// </summary>
internal sealed class SupervisionSignForEscalate : ICaseEffect
{
    public string Name => "supervision.signForEscalate";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with { Escalations = state.Escalations + 1 };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new SupervisionNoticeIssued
        {
            CaseId = e.CaseId,
            Kind = "signForEscalate",
            Recipient = EscalationLadder.Escalated(state.Escalations, EscalationLadder.PlatformOf(state.Platform, state.Category, definition), definition) ?? "",
            Note = e.Payload.Note,
            Deadline = state.SignForDeadline,
        }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.Escalated();
}
