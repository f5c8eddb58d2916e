using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Http;

/// <summary>The JSON shapes the case API returns.</summary>
internal static class CaseResponse
{
    public static object Summary(CaseState state) => new
    {
        id = state.Id,
        clientKey = state.ClientKey,
        position = state.Position,
        state.Workflow,
        state.State,
        state.Supervision,
        state.IsFinal,
        state.Category,
        state.Platform,
        state.LeadOffice,
        state.CountyStatus,
        state.SignForDeadline,
        state.HandlingDeadline,
        state.IsProvisional,
        state.CalendarVersion,
        state.Version,
        state.DefinitionVersion,
        state.SubmittedAt,
        state.UpdatedAt,
    };

    public static object Full(CaseView view) => new
    {
        @case = view.State,
        position = view.State.Position,
        permittedCommands = view.PermittedTriggers,
        timers = view.Timers.Select(t => new { t.Kind, t.DueAt }),
        history = view.History,
    };
}
