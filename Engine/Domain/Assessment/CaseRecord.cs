using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Assessment;

/// <summary>A case as the assessment reads it: its state now and its whole history, or the facts its history folds to.</summary>
/// <param name="State">The case its history folds to.</param>
/// <param name="History">Every event, in sequence order; empty when the case was read from its projection (<see cref="Facts"/>).</param>
public sealed record CaseRecord(CaseState State, IReadOnlyList<CaseEvent> History)
{
    /// <summary>The working calendars its deadlines were computed on, by the version each recorded (none: its definition's calendar).</summary>
    public Calendars.CalendarSet Calendars { get; init; } = Engine.Calendars.CalendarSet.None;

    /// <summary>What its whole history folds to for the assessment, when read from the projection; null when only the history is known.</summary>
    public AssessmentFacts? Facts { get; init; }
}
