using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

// Reads and answers: a case as stored, and the answer to a command built from its outcome.
public sealed partial class CaseService
{
    /// <summary>A case with its history and the triggers it accepts now; null when there is no such case.</summary>
    public async Task<CaseView?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var history = await _store.ReadAsync(caseId, cancellationToken);
        if (history.Count == 0)
        {
            return null;
        }

        var (state, definition) = await FoldAsync(history, cancellationToken);
        _states.Put(state, definition);
        return View(state, history, definition, await _store.ReadTimersAsync(caseId, cancellationToken));
    }

    /// <summary>
    /// The case as a command that was accepted or already applied left it, for the caller's answer: its state and timers taken from
    /// <paramref name="outcome"/>, its history read up to that state but not folded again. The same view <see cref="GetAsync"/>
    /// gives right after the command, without a second fold.
    /// </summary>
    public async Task<CaseView> AnswerAsync(CommandOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var state = outcome.State ?? throw new ArgumentException($"a {outcome.Status} command left no case to answer with", nameof(outcome));
        var definition = await _definitions.GetAsync(state.DefinitionVersion, cancellationToken);
        var history = await _store.ReadAsync(state.Id, cancellationToken);

        // Commands applied since belong to their own answers: this one shows the case as its command left it.
        var upToState = history.Count > state.Version ? [.. history.Take((int)state.Version)] : history;

        // The timers the append stored, as the store gives them back: in UTC, earliest first.
        var timers = outcome.Timers is { } planned
            ? [.. planned.Select(t => t with { DueAt = t.DueAt.ToUniversalTime() }).OrderBy(t => t.DueAt).ThenBy(t => t.Kind, StringComparer.Ordinal)]
            : await _store.ReadTimersAsync(state.Id, cancellationToken);
        return View(state, upToState, definition, timers);
    }

    private static CaseView View(CaseState state, IReadOnlyList<CaseEvent> history, CompiledDefinition definition, IReadOnlyList<CaseTimer> timers) =>
        new(state, history, CaseDecider.PermittedTriggers(state, definition))
        {
            Timers = definition.Calendar is { } calendar ? timers.Select(t => t with { DueAt = calendar.Local(t.DueAt) }).ToList() : timers,
        };
}
