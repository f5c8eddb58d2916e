using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Reports the handling result to the command room.</summary>
internal sealed class NotifyCommandRoom : ICaseEffect
{
    public string Name => "notify.commandRoom";

    /// <summary>Changes nothing on the case.</summary>
    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new CaseResultReported { CaseId = e.CaseId, Result = e.Payload.Result ?? "", ReportedBy = e.Actor }];

    /// <summary>The assessment does not count it.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
