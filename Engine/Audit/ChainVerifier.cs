using System.Diagnostics;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>A case whose stored history does not hold up, and where it first goes wrong.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="FirstBadSequence">The first event that fails (0 when the case as a whole does).</param>
/// <param name="Reason">What is wrong.</param>
public sealed record BrokenCase(Guid CaseId, long FirstBadSequence, string Reason);

/// <summary>The outcome of checking every chain in a store.</summary>
/// <param name="Cases">Cases checked.</param>
/// <param name="Events">Events checked.</param>
/// <param name="Broken">Every broken case with its first bad event.</param>
/// <param name="Elapsed">How long the check took.</param>
public sealed record VerifyReport(int Cases, long Events, IReadOnlyList<BrokenCase> Broken, TimeSpan Elapsed)
{
    /// <summary>True when every chain holds.</summary>
    public bool IsIntact => Broken.Count == 0;
}

/// <summary>
/// Checks every case's chain in one pass over the store: contiguous sequences from 1, each event linked to the one before,
/// each hash matching its content, and each history ending where the case's stored head says it does.
/// </summary>
public static class ChainVerifier
{
    /// <summary>Verifies every chain in the store.</summary>
    public static async Task<VerifyReport> VerifyAsync(IEventStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var clock = Stopwatch.StartNew();
        var heads = (await store.ListHeadsAsync(cancellationToken)).ToDictionary(h => h.CaseId);
        var broken = new List<BrokenCase>();
        var seen = new HashSet<Guid>();
        long events = 0;
        CaseCursor? cursor = null;
        await foreach (var e in store.ReadAllAsync(cancellationToken))
        {
            events++;
            if (cursor is null || cursor.CaseId != e.CaseId)
            {
                Close(cursor, heads, broken);
                cursor = new CaseCursor(e.CaseId);
                seen.Add(e.CaseId);
            }

            cursor.Check(e);
        }

        Close(cursor, heads, broken);
        broken.AddRange(heads.Keys.Where(id => !seen.Contains(id)).Select(id => new BrokenCase(id, 0, "the case is stored but has no history")));
        return new VerifyReport(seen.Count + heads.Keys.Count(id => !seen.Contains(id)), events, broken, clock.Elapsed);
    }

    private static void Close(CaseCursor? cursor, Dictionary<Guid, CaseHead> heads, List<BrokenCase> broken)
    {
        if (cursor is null)
        {
            return;
        }

        if (cursor.Fault is { } fault)
        {
            broken.Add(fault);
        }
        else if (!heads.TryGetValue(cursor.CaseId, out var head))
        {
            broken.Add(new BrokenCase(cursor.CaseId, 1, "the history has no stored case"));
        }
        else if (head.Version != cursor.LastSequence || head.LastHash != cursor.LastHash)
        {
            broken.Add(new BrokenCase(cursor.CaseId, cursor.LastSequence + 1,
                $"the history ends at event {cursor.LastSequence} but the case was last written at version {head.Version}: events are missing from the end"));
        }
    }

    /// <summary>Walks one case's events in order, remembering its first fault.</summary>
    private sealed class CaseCursor(Guid caseId)
    {
        public Guid CaseId { get; } = caseId;

        public long LastSequence { get; private set; }

        public string LastHash { get; private set; } = EventChain.Genesis;

        public BrokenCase? Fault { get; private set; }

        public void Check(CaseEvent e)
        {
            if (Fault is not null)
            {
                return;
            }

            if (e.Sequence != LastSequence + 1)
            {
                Fault = new BrokenCase(CaseId, LastSequence + 1, $"event {LastSequence + 1} is missing or out of order (found {e.Sequence})");
            }
            else if (e.PreviousHash != LastHash)
            {
                Fault = new BrokenCase(CaseId, e.Sequence, $"event {e.Sequence} does not link to the event before it");
            }
            else if (EventChain.Compute(e) != e.Hash)
            {
                Fault = new BrokenCase(CaseId, e.Sequence, $"event {e.Sequence} was changed after it was recorded (its content no longer matches its hash)");
            }

            LastSequence = e.Sequence;
            LastHash = e.Hash;
        }
    }
}
