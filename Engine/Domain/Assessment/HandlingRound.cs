namespace CaseFlow.Engine.Assessment;

/// <summary>A handling round the office completed: from its sign-for to the completion, on the calendar version in force then.</summary>
/// <param name="Start">When the clock started (sign-for).</param>
/// <param name="End">When the office completed.</param>
/// <param name="CalendarVersion">The calendar version recorded by then; null for the definition's own calendar.</param>
/// <param name="Office">The office that led the round (signed for it and completed it); null when the history names none.</param>
public sealed record HandlingRound(DateTimeOffset Start, DateTimeOffset End, int? CalendarVersion, string? Office = null);
