using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Urges the county 12345 system (催办) about an escalated case past the county's deadline.</summary>
internal sealed class CountyUrge : ICaseEffect
{
    public string Name => "county.urge";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with { CountyUrges = state.CountyUrges + 1 };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new Contracts.County.CountyCaseUrgedByTownship
        {
            CaseId = e.CaseId,
            CaseNumber = state.Number,
            CountyCaseNumber = state.CountyCaseNumber ?? "",
            Deadline = state.CountyDeadline ?? default,
            Urging = state.CountyUrges,
            Note = e.Payload.Note ?? $"案件（县受理编号 {state.CountyCaseNumber}）已超过县12345承诺的办结期限，请尽快办理并反馈乡综合指挥室。",
        }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.CountyUrged();
}
