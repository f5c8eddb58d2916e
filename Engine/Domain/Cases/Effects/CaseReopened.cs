using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Reopens a disputed case for another round of dispatch.</summary>
internal sealed class CaseReopened : ICaseEffect
{
    public string Name => "case.reopened";

    public CaseState Evolve(CaseState state, CaseEvent e) => state with
    {
        Reopens = state.Reopens + 1,
        Result = null,
        Feedback = null,
        LeadOffice = null,
        CoHandlers = [],
        SignedForAt = null,
        SignForDeadline = null,
        HandlingDeadline = null,
    };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) =>
        [new Contracts.Events.CaseReopened { CaseId = e.CaseId, Round = state.Reopens + 1, Comment = e.Payload.Note }];

    public void Assess(IAssessedHistory history, CaseEvent e) => history.Reopened();
}
