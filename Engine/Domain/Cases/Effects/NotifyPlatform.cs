using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Tells the platform (and its coordinating leader) that a case was dispatched to it.</summary>
internal sealed class NotifyPlatform : ICaseEffect
{
    public string Name => "notify.platform";

    /// <summary>Changes nothing on the case.</summary>
    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new CaseDispatched
        {
            CaseId = e.CaseId,
            Platform = state.Platform ?? "",
            Coordinator = definition.Platform(state.Platform ?? "")?.Coordinator ?? "",
            Category = state.Category,
        }];

    /// <summary>The assessment does not count it.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
