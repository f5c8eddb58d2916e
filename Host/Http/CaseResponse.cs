using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Http;

/// <summary>The JSON shapes the case API returns.</summary>
internal static class CaseResponse
{
    public static CaseSummary Summary(CaseState state) => new(
        state.Id, state.Number, state.ClientKey, state.Position, state.Workflow, state.State, state.Supervision, state.IsFinal, state.Category, state.Platform,
        state.LeadOffice, state.CountyStatus, state.SignForDeadline, state.HandlingDeadline, state.IsProvisional, state.CalendarVersion,
        state.Version, state.DefinitionVersion, state.SubmittedAt, state.UpdatedAt);

    public static CaseDetail Full(CaseView view) => new(
        view.State,
        view.State.Position,
        view.PermittedTriggers,
        [.. view.Timers.Select(t => new CaseTimerDue(t.Kind, t.DueAt))],
        view.History);
}
