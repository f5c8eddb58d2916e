using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Closes the case with its satisfaction rating.</summary>
internal sealed class CaseClosed : ICaseEffect
{
    public string Name => "case.closed";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with { ClosedAt = e.At };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new Contracts.Events.CaseClosed { CaseId = e.CaseId, Rating = state.Rating ?? "", ClosedAt = e.At }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.Closed(e.At);
}
