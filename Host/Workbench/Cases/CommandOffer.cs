using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Workbench.Cases;

/// <summary>A command the signed-in person may send to the case now: its trigger, the positions they hold that may send it, and its controls.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="Acting">The person's positions the definition admits for it (a choice is offered when there are several).</param>
/// <param name="Inputs">The fields it takes.</param>
public sealed record CommandOffer(string Trigger, IReadOnlyList<Position> Acting, IReadOnlyList<CommandInput> Inputs);

/// <summary>The engine's refusal of a command posted from the page, shown beside its form with what was typed kept.</summary>
/// <param name="Trigger">The trigger posted.</param>
/// <param name="Message">Why it was refused.</param>
/// <param name="Problems">The fields that were missing or wrong.</param>
/// <param name="Posted">What the form carried, to fill it in again.</param>
public sealed record CommandRefusal(string Trigger, string Message, IReadOnlyList<FieldProblem> Problems, IReadOnlyDictionary<string, IReadOnlyList<string>> Posted)
{
    /// <summary>The problems with one field.</summary>
    public IEnumerable<string> About(CommandField field) => Problems.Where(p => field.Owns(p.Field)).Select(p => p.Message);

    /// <summary>The problems with no field on the form (shown with the refusal itself).</summary>
    public IEnumerable<FieldProblem> Unplaced(IReadOnlyList<CommandInput> inputs) => Problems.Where(p => !inputs.Any(i => i.Field.Owns(p.Field)));
}
