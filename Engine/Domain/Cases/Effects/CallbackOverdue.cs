using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Flags a closed case that was not called back within the assessment policy's time, and tells the command room.</summary>
internal sealed class CallbackOverdue : ICaseEffect
{
    public string Name => "callback.overdue";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with { CallbackOverdue = true };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new SupervisionNoticeIssued
        {
            CaseId = e.CaseId,
            Kind = "callbackOverdue",
            Recipient = definition.Definition.Organisation.CommandRoom.Id,
            Note = $"案件“{state.Title}”办结后未在规定时间内回访，请尽快回访报告人。",
            Deadline = e.Payload.DueAt,
        }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.CallbackFlagged();
}
