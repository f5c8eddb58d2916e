using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>Records the callback survey (回访) of a closed case: who called, when, whether the reporter was reached and satisfied.</summary>
internal sealed class CallbackRecorded : ICaseEffect
{
    public string Name => "callback.recorded";

    public CaseState Evolve(CaseState state, CaseEvent e) => CaseTriggers.RecordCallback.Read(e.Payload) is { Reached: true } call && state.CalledBackAt is null
        ? state with
        {
            Callbacks = state.Callbacks + 1,
            CalledBackAt = call.CalledAt ?? e.At,
            CalledBackBy = e.Actor,
            CallbackRating = call.Rating,
        }
        : state with { Callbacks = state.Callbacks + 1 };

    /// <summary>Stamps nothing.</summary>
    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now) => payload;

    /// <summary>Publishes nothing.</summary>
    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition) => [];

    public void Assess(IAssessedHistory history, CaseEvent e)
    {
        if (CaseTriggers.RecordCallback.Read(e.Payload) is { Reached: true } call)
        {
            history.CalledBack(call.CalledAt ?? e.At);
        }
    }
}
