using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Engine.Routing;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Starts joint handling: tells the coordinating leader (the main leader when several platforms are involved).</summary>
internal sealed class JointStart : ICaseEffect
{
    public string Name => "joint.start";

    /// <summary>Changes nothing on the case.</summary>
    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition)
    {
        var coHandlers = state.CoHandlers.Select(c => c.Office).ToList();
        var platforms = Router.PlatformsInvolved(definition, state.Platform, coHandlers);
        return
        [
            new JointHandlingStarted
            {
                CaseId = e.CaseId,
                LeadOffice = state.LeadOffice ?? "",
                CoHandlers = coHandlers,
                Platforms = platforms.ToList(),
                CoordinatingLeader = Router.CoordinatingLeader(definition, platforms),
            },
        ];
    }

    /// <summary>The assessment does not count it.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
