using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Asks the platform leader to approve an extension (延期).</summary>
internal sealed class ExtensionRequested : ICaseEffect
{
    public string Name => "extension.requested";

    /// <summary>Changes nothing on the case.</summary>
    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition)
    {
        var request = CaseTriggers.RequestExtension.Read(e.Payload);
        return
        [
            new Contracts.Events.ExtensionRequested
            {
                CaseId = e.CaseId,
                Office = e.Actor,
                WorkingDays = request.WorkingDays ?? 0,
                Reason = request.Reason ?? "",
                DecidedBy = definition.Platform(state.Platform ?? "")?.Coordinator ?? "",
            },
        ];
    }

    /// <summary>The assessment does not count it.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
