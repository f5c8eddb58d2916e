using System.Text.Json;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Migration;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Audit;

/// <summary>
/// Re-derives a case step by step through the definition it is pinned to: every stored event must be one the definition permits,
/// with the same outcome, in an unbroken sequence and hash chain, folding to the state the store holds. A <c>Migrate</c> event
/// moves the pin: events before it replay on the old version, it and later ones on the new.
/// </summary>
public static class CaseReplayer
{
    /// <summary>Replays a stored history that was never migrated; <paramref name="stored"/> is the snapshot the store keeps, compared with the fold.</summary>
    public static ReplayReport Replay(Guid caseId, IReadOnlyList<CaseEvent> history, CompiledDefinition definition, CaseState? stored, CalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(definition);
        return Replay(caseId, history, new Dictionary<int, CompiledDefinition> { [history.Count > 0 ? history[0].DefinitionVersion : 0] = definition }, stored, calendars);
    }

    /// <summary>
    /// Replays a stored history with every definition version it names (see <c>DefinitionRegistry.ForHistoryAsync</c>) and the
    /// calendar versions its deadlines recorded: each step is re-derived on the calendar it recorded, never on today's.
    /// </summary>
    public static ReplayReport Replay(Guid caseId, IReadOnlyList<CaseEvent> history, IReadOnlyDictionary<int, CompiledDefinition> definitions, CaseState? stored, CalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(definitions);
        calendars ??= CalendarSet.None;
        var divergences = new List<Divergence>();
        var steps = new List<ReplayStep>();
        CaseState? state = null;
        var version = history.Count > 0 ? history[0].DefinitionVersion : 0;
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            divergences.AddRange(ChainDivergences(history, i));
            var pinned = version;
            if (e.Trigger == Triggers.Migrate && state is not null)
            {
                version = e.DefinitionVersion;
            }
            else if (e.DefinitionVersion != version)
            {
                divergences.Add(new(e.Sequence, "definition", $"event {e.Sequence} names definition version {e.DefinitionVersion}, but the case is pinned to {version}"));
            }

            if (!definitions.ContainsKey(pinned) || !definitions.ContainsKey(version))
            {
                var missing = definitions.ContainsKey(pinned) ? version : pinned;
                divergences.Add(new(e.Sequence, "definition", $"definition version {missing}, needed to replay event {e.Sequence}, was not given; the replay stops there"));
                break;
            }

            var (before, definition) = (definitions[pinned], definitions[version]);

            divergences.AddRange(e.Trigger switch
            {
                Triggers.Migrate when state is not null => RederiveMigration(state, e, before, definition),
                Triggers.RecomputeDeadline when state is not null => RederiveRecomputation(state, e, definition, calendars),
                _ => Rederive(state, e, definition, calendars),
            });
            state = CaseEvolver.Apply(state, e, definition);
            steps.Add(new ReplayStep(e.Sequence, e.At, e.Actor, e.ActorKind, e.Trigger, e.From, e.To, e.Supervision, e.Effects, e.Payload.Reason, e.Payload.Deadline)
            {
                Identity = e.Identity,
            });
        }

        if (stored is not null && state is not null && Json(stored) != Json(state))
        {
            divergences.Add(new(0, "final-state", $"the stored case is at {stored.Position} (version {stored.Version}) but its history folds to {state.Position} (version {state.Version})"));
        }
        else if (stored is null != (state is null))
        {
            divergences.Add(new(0, "final-state", stored is null ? "the history has no stored case" : "the stored case has no history"));
        }

        return new ReplayReport(caseId, version, steps, divergences, state);
    }

    /// <summary>Sequence and hash-chain faults at position <paramref name="i"/>: a gap, a reorder, an edited or relinked event.</summary>
    public static IEnumerable<Divergence> ChainDivergences(IReadOnlyList<CaseEvent> history, int i)
    {
        ArgumentNullException.ThrowIfNull(history);
        var e = history[i];
        if (e.Sequence != i + 1)
        {
            yield return new(i + 1, "sequence", $"event {i + 1} is missing or out of order: the event at that position has sequence {e.Sequence}");
        }

        var check = HashCheck.Of(history, i);
        if (!check.LinkHolds)
        {
            yield return new(e.Sequence, "hash", $"event {e.Sequence} links to {Short(check.Previous)} but the event before it is {Short(check.ExpectedPrevious)}");
        }

        if (!check.ContentHolds)
        {
            yield return new(e.Sequence, "hash", $"event {e.Sequence}'s content does not match its hash (stored {Short(check.Stored)}, content hashes to {Short(check.Recomputed)}): it was changed after it was recorded");
        }
    }

    private static IEnumerable<Divergence> Rederive(CaseState? state, CaseEvent e, CompiledDefinition definition, CalendarSet calendars)
    {
        var command = new CaseCommand { Trigger = e.Trigger, CaseId = e.CaseId, Actor = e.Actor, Identity = e.Identity, Payload = e.Payload };
        if (Recorded(e, calendars) is { } unknown)
        {
            return [unknown];
        }

        var decision = state is null
            ? Submission(command, definition, e)
            : CaseDecider.Decide(state, command, definition, e.At, calendars.AsOf(e.Payload.CalendarVersion));
        return Compare(e, decision, "the pinned definition");
    }

    /// <summary>
    /// A submission re-derived: decided again, with the case number it recorded — given by the store's counter when it was recorded,
    /// as its time was by the clock, so taken as recorded and never given again.
    /// </summary>
    private static Decision Submission(CaseCommand command, CompiledDefinition definition, CaseEvent e)
    {
        var decision = CaseDecider.Submit(command, definition, e.DefinitionVersion, e.At);
        return decision.IsAccepted && e.Payload.Number is { } number ? CaseDecider.Numbered(decision, number) : decision;
    }

    /// <summary>A deadline recomputation re-derived on the calendar version it recorded.</summary>
    private static IEnumerable<Divergence> RederiveRecomputation(CaseState state, CaseEvent e, CompiledDefinition definition, CalendarSet calendars) =>
        Recorded(e, calendars) is { } unknown
            ? [unknown]
            : Compare(e, DeadlineRecomputation.Decide(state, definition, calendars.AsOf(e.Payload.CalendarVersion), e.Identity, e.At), $"a recomputation on calendar version {e.Payload.CalendarVersion}");

    /// <summary>A divergence when the event records a calendar version the replay was not given.</summary>
    private static Divergence? Recorded(CaseEvent e, CalendarSet calendars) =>
        e.Payload.CalendarVersion is { } version && calendars.Find(version) is null
            ? new(e.Sequence, "calendar", $"event {e.Sequence} records calendar version {version}, which was not given; its deadline cannot be checked")
            : null;

    /// <summary>A migration re-derived from the two versions and the state mapping it recorded.</summary>
    private static IEnumerable<Divergence> RederiveMigration(CaseState state, CaseEvent e, CompiledDefinition source, CompiledDefinition target)
    {
        var route = new MigrationRoute(state.DefinitionVersion, source, e.DefinitionVersion, target, e.Payload.StateMapping ?? new Dictionary<string, string>());
        return Compare(e, MigrationDecider.Decide(state, route, e.Actor, e.Payload.Reason, e.At), $"a migration from version {state.DefinitionVersion} to {e.DefinitionVersion}");
    }

    private static IEnumerable<Divergence> Compare(CaseEvent e, Decision decision, string deriver)
    {
        if (!decision.IsAccepted)
        {
            // Who acted is checked before when: a step by someone the definition does not admit is "forbidden", a timer step the
            // timer pump could not have taken then (not yet due, or not planned) is "timer", anything else "not-permitted".
            var kind = decision.IsForbidden ? "forbidden" : e.Payload.Timer is not null ? "timer" : "not-permitted";
            var who = e.Identity.Length == 0 ? e.Actor : $"{e.Actor} as {e.Identity}";
            yield return new(e.Sequence, kind, $"{deriver} does not permit event {e.Sequence} ({e.Trigger} by {who}): {decision.Rejection}");
            yield break;
        }

        var expected = decision.Events[0];
        var differences = new List<string>();
        Compare(differences, "from", expected.From, e.From);
        Compare(differences, "reached", expected.Reached, e.Reached);
        Compare(differences, "to", expected.To, e.To);
        Compare(differences, "supervision", expected.Supervision, e.Supervision);
        Compare(differences, "effects", string.Join(",", expected.Effects), string.Join(",", e.Effects));
        Compare(differences, "actor kind", expected.ActorKind, e.ActorKind);
        Compare(differences, "data", Json(expected.Payload), Json(e.Payload));
        if (differences.Count > 0)
        {
            yield return new(e.Sequence, "different-outcome", $"event {e.Sequence} ({e.Trigger}) differs from what {deriver} derives: {string.Join("; ", differences)}");
        }
    }

    private static void Compare(List<string> differences, string what, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            differences.Add($"{what} is '{actual}', expected '{expected}'");
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, StoreJson.Options);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
