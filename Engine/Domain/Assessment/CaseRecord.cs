using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Assessment;

/// <summary>A case as the assessment reads it: its state now and its whole history.</summary>
/// <param name="State">The case its history folds to.</param>
/// <param name="History">Every event, in sequence order.</param>
public sealed record CaseRecord(CaseState State, IReadOnlyList<CaseEvent> History)
{
    /// <summary>The working calendars its deadlines were computed on, by the version each recorded (none: its definition's calendar).</summary>
    public Calendars.CalendarSet Calendars { get; init; } = Engine.Calendars.CalendarSet.None;
}
