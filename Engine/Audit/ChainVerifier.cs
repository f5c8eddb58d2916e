using System.Diagnostics;
using System.Runtime.CompilerServices;
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
/// Checks every case's chain: contiguous sequences from 1, each event linked to the one before, each hash matching its content, and
/// each history ending where the case's stored head says it does. The cases are split, in the store's order, into ranges that
/// workers read and check at once, each streaming one case at a time; the findings are put back in the store's order, so the
/// report is the same whatever the number of workers.
/// </summary>
public static class ChainVerifier
{
    /// <summary>Cases per range by default: small enough to spread a store across the cores, large enough that a range's query costs little.</summary>
    public const int DefaultCasesPerRange = 2_000;

    /// <summary>Verifies every chain in the store, on every core.</summary>
    public static Task<VerifyReport> VerifyAsync(IEventStore store, CancellationToken cancellationToken = default) =>
        VerifyAsync(store, DefaultCasesPerRange, Environment.ProcessorCount, cancellationToken);

    /// <summary>Verifies every chain in the store, <paramref name="casesPerRange"/> cases at a time on up to <paramref name="workers"/> workers.</summary>
    public static async Task<VerifyReport> VerifyAsync(IEventStore store, int casesPerRange, int workers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(casesPerRange);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        var clock = Stopwatch.StartNew();
        var heads = await store.ListHeadsAsync(cancellationToken);
        var byId = heads.ToDictionary(h => h.CaseId);
        var ranges = store is RelationalCaseStore ? CaseRange.Split(heads, casesPerRange) : [new CaseRange(null, null, 0, heads.Count)];
        var results = new RangeResult[ranges.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ranges.Count),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
            async (i, token) => results[i] = await VerifyRangeAsync(store, ranges[i], heads, byId, token));

        var broken = results.SelectMany(r => r.Broken).Concat(results.SelectMany(r => r.Headless)).ToList();
        return new VerifyReport(results.Sum(r => r.Cases + r.Headless.Count), results.Sum(r => r.Events), broken, clock.Elapsed);
    }

    private static async Task<RangeResult> VerifyRangeAsync(
        IEventStore store, CaseRange range, IReadOnlyList<CaseHead> heads, Dictionary<Guid, CaseHead> byId, CancellationToken cancellationToken)
    {
        var broken = new List<BrokenCase>();
        var seen = new HashSet<Guid>();
        long events = 0;
        ChainCursor? cursor = null;
        await foreach (var link in Links(store, range, cancellationToken))
        {
            events++;
            if (cursor is null || cursor.CaseId != link.CaseId)
            {
                Close(cursor, byId, broken);
                cursor = new ChainCursor(link.CaseId);
                seen.Add(link.CaseId);
            }

            if (cursor.Admits(link.Sequence, link.PreviousHash) && !await link.ContentHoldsAsync(cancellationToken))
            {
                cursor.ContentFails(link.Sequence);
            }

            cursor.Advance(link.Sequence, link.Hash);
        }

        Close(cursor, byId, broken);
        var headless = new List<BrokenCase>();
        for (var i = range.FirstHead; i < range.EndHead; i++)
        {
            if (!seen.Contains(heads[i].CaseId))
            {
                headless.Add(new BrokenCase(heads[i].CaseId, 0, "the case is stored but has no history"));
            }
        }

        return new RangeResult(seen.Count, events, broken, headless);
    }

    /// <summary>The range's events as links: rows hashed as stored from a relational store, whole events from any other.</summary>
    private static IAsyncEnumerable<ChainLink> Links(IEventStore store, CaseRange range, CancellationToken cancellationToken)
    {
        if (store is RelationalCaseStore relational)
        {
            return HashedLinks(relational, store, range, cancellationToken);
        }

        return store.ReadAllAsync(cancellationToken).Select(ChainLink.Of);
    }

    /// <summary>A relational store's rows in the range, each checked by one hasher kept for the whole range.</summary>
    private static async IAsyncEnumerable<ChainLink> HashedLinks(
        RelationalCaseStore relational, IEventStore store, CaseRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var hasher = new RowHasher();
        await foreach (var row in relational.ReadHashedRowsAsync(range.From, range.Until, cancellationToken))
        {
            yield return ChainLink.Of(row, store, hasher);
        }
    }

    private static void Close(ChainCursor? cursor, Dictionary<Guid, CaseHead> heads, List<BrokenCase> broken)
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

    /// <summary>What one range found: cases with history, events, broken cases in store order, and stored cases without history.</summary>
    private sealed record RangeResult(int Cases, long Events, List<BrokenCase> Broken, List<BrokenCase> Headless);
}
