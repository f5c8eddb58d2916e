using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Escalates an out-of-scope case to the county 12345 system.</summary>
internal sealed class CountyEscalate : ICaseEffect
{
    public string Name => "county.escalate";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with
    {
        EscalatedToCounty = true,
        CountyStatus = CountyStatuses.Escalated,
        CountyDepartment = null,
        CountyDeadline = null,
        CountyUrges = 0,
    };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new Contracts.County.CaseEscalatedToCounty
        {
            CaseId = e.CaseId,
            CaseNumber = state.Number,
            Category = state.Category,
            Title = state.Title,
            Description = state.Description,
            Location = state.Location,
            Reason = e.Payload.Reason ?? $"category '{state.Category}' is outside the township's remit (jurisdiction: county)",
            ReporterName = state.Reporter?.Name ?? "",
            ReporterPhone = state.Reporter?.Phone,
            Priority = state.Priority,
            EscalatedAt = e.At,
        }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.EscalatedToCounty();
}
