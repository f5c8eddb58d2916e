using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Assessment;

/// <summary>
/// The callback survey's (回访) part in deciding a command: a call is recorded never before the case closed or in the future (what
/// the call's data must say is checked by its trigger's unit).
/// </summary>
internal static class CallbackRules
{
    /// <summary>Why a callback command is refused, or null; other commands are never refused here.</summary>
    public static string? Refusal(CaseState state, CaseCommand command, CasePayload payload, CompiledDefinition definition, DateTimeOffset now)
    {
        switch (command.Trigger)
        {
            case Triggers.RecordCallback:
                var calledAt = CaseTriggers.RecordCallback.Read(payload).CalledAt;
                if (calledAt > now)
                {
                    return $"the call is dated {calledAt:O}, later than now ({now:O}); record a call once it has been made";
                }

                return calledAt < state.ClosedAt
                    ? $"the call is dated {calledAt:O}, before the case closed ({state.ClosedAt:O}); a callback follows the closing"
                    : null;
            default:
                return null;
        }
    }
}
