using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Sends an urging notice (催办) to the office.</summary>
internal sealed class SupervisionUrge : ICaseEffect
{
    public string Name => "supervision.urge";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with { LastUrgedAt = e.At };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [SupervisionNotice.ToOffice("urge", e, state)];

    /// <summary>The assessment does not count it.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
