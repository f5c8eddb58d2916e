namespace CaseFlow.Engine.Assessment;

/// <summary>One climb up the escalation ladder, as recorded: which rung it asks for; the leader on it is the definition's to say.</summary>
/// <param name="CountySilence">True for a silent county's urging climbing the township's ladder; false for an escalation in a handling round.</param>
/// <param name="Count">The escalation's number in its round, or the urgings of the county counted so far.</param>
/// <param name="Platform">The platform dispatched to by then; null before any dispatch (its category's platform is used).</param>
public sealed record LadderStep(bool CountySilence, int Count, string? Platform);
