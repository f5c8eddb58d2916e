using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>
/// Records the callback survey (回访) of a closed case: who called, whether the reporter was reached and satisfied, and when — the
/// time the service recorded it, with the time the caller stated beside it.
/// </summary>
internal sealed class CallbackRecorded : ICaseEffect
{
    public string Name => "callback.recorded";

    public CaseState Evolve(CaseState state, CaseEvent e) => CaseTriggers.RecordCallback.Read(e.Payload) is { Reached: true } call && state.CalledBackAt is null
        ? state with
        {
            Callbacks = state.Callbacks + 1,
            CalledBackAt = call.CountedAt(e),
            CalledBackStatedAt = call.StatedCalledAt,
            CalledBackBy = e.Actor,
            CallbackRating = call.Rating,
        }
        : state with { Callbacks = state.Callbacks + 1 };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    /// <summary>Publishes nothing.</summary>
    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) => [];

    /// <summary>The assessment counts the call at the time it was recorded, never at the time its caller stated.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
        if (CaseTriggers.RecordCallback.Read(e.Payload) is { Reached: true } call)
        {
            history.CalledBack(call.CountedAt(e));
        }
    }
}
