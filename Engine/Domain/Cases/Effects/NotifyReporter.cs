using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Tells the person who reported the case what became of it.</summary>
internal sealed class NotifyReporter : ICaseEffect
{
    public string Name => "notify.reporter";

    /// <summary>Changes nothing on the case.</summary>
    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new ReporterNotified
        {
            CaseId = e.CaseId,
            Reporter = state.Reporter?.Name ?? "",
            Phone = state.Reporter?.Phone,
            Message = e.Payload.Note ?? e.Payload.Reason ?? $"case {e.CaseId}: {e.To}",
        }];

    /// <summary>The assessment does not count it.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
