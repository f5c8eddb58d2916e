using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>
/// One effect of the catalogue, whole: how it changes the case, what it stamps on the command's data when decided, what it publishes
/// and how the assessment reads it. Every aspect is implemented, even when it does nothing, so that an effect never does nothing by
/// default; each is registered once in <see cref="CaseEffects"/>.
/// </summary>
public interface ICaseEffect
{
    /// <summary>The effect's name, as the catalogue and the definitions write it.</summary>
    string Name { get; }

    /// <summary>The case after the effect of a recorded event (the event's own trigger already applied).</summary>
    CaseState Evolve(CaseState state, CaseEvent e);

    /// <summary>
    /// The command's data with what the effect records when it is decided: deadlines computed on the current calendar from
    /// <paramref name="now"/>, marked with that calendar's version (<paramref name="calendarVersion"/>; see <see cref="Calendars.DeadlineStamp"/>).
    /// </summary>
    CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now);

    /// <summary>The messages the effect publishes, given the case after the batch of events it was recorded in.</summary>
    IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition);

    /// <summary>What the assessment counts when it reads the effect in a history.</summary>
    void Assess(IAssessedHistory history, CaseEvent e);
}
