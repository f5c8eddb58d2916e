using System.Diagnostics;
using System.Text;
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
    /// <summary>Attachments whose stored bytes were checked against the SHA-256 their events record.</summary>
    public int AttachmentsChecked { get; init; }

    /// <summary>Each attachment whose bytes are not as recorded (a fault) or were erased with its case's personal data (none).</summary>
    public IReadOnlyList<AttachmentFinding> Attachments { get; init; } = [];

    /// <summary>True when every chain holds and every attachment not erased is as recorded.</summary>
    public bool IsIntact => Broken.Count == 0 && !Attachments.Any(a => a.IsFault);
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
        VerifyAsync(store, DefaultCasesPerRange, Environment.ProcessorCount, null, cancellationToken);

    /// <summary>Verifies every chain in the store, on every core, reporting how many cases have been checked as each range ends.</summary>
    public static Task<VerifyReport> VerifyAsync(IEventStore store, IProgress<long>? progress, CancellationToken cancellationToken = default) =>
        VerifyAsync(store, DefaultCasesPerRange, Environment.ProcessorCount, progress, cancellationToken);

    /// <summary>Verifies every chain in the store, <paramref name="casesPerRange"/> cases at a time on up to <paramref name="workers"/> workers.</summary>
    public static Task<VerifyReport> VerifyAsync(IEventStore store, int casesPerRange, int workers, CancellationToken cancellationToken = default) =>
        VerifyAsync(store, casesPerRange, workers, null, cancellationToken);

    /// <summary>
    /// Verifies every chain in the store and then every attachment the histories record against its stored bytes, on every core,
    /// reporting how many cases have been checked as each range ends.
    /// </summary>
    public static async Task<VerifyReport> VerifyAsync(IEventStore store, Attachments.AttachmentService attachments, IProgress<long>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var chains = await VerifyAsync(store, progress, cancellationToken);
        var clock = Stopwatch.StartNew();
        var (count, findings) = await AttachmentVerifier.CheckAsync(store, attachments, cancellationToken);
        return chains with { AttachmentsChecked = count, Attachments = findings, Elapsed = chains.Elapsed + clock.Elapsed };
    }

    /// <summary>
    /// Verifies every chain in the store, <paramref name="casesPerRange"/> cases at a time on up to <paramref name="workers"/> workers,
    /// reporting to <paramref name="progress"/> the cases checked so far as each range ends.
    /// </summary>
    public static async Task<VerifyReport> VerifyAsync(IEventStore store, int casesPerRange, int workers, IProgress<long>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(casesPerRange);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        var clock = Stopwatch.StartNew();
        var heads = await store.ListHeadsAsync(cancellationToken);
        var byId = heads.ToDictionary(h => h.CaseId);
        var ranges = store is RelationalCaseStore ? CaseRange.Split(heads, casesPerRange) : [new CaseRange(null, null, 0, heads.Count)];
        var results = new RangeResult[ranges.Count];
        long checkedCases = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ranges.Count),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                results[i] = await VerifyRangeAsync(store, ranges[i], heads, byId, token);
                progress?.Report(Interlocked.Add(ref checkedCases, results[i].Cases + results[i].Headless.Count));
            });

        var broken = results.SelectMany(r => r.Broken).Concat(results.SelectMany(r => r.Headless)).ToList();
        return new VerifyReport(results.Sum(r => r.Cases + r.Headless.Count), results.Sum(r => r.Events), broken, clock.Elapsed);
    }

    private static async Task<RangeResult> VerifyRangeAsync(
        IEventStore store, CaseRange range, IReadOnlyList<CaseHead> heads, Dictionary<Guid, CaseHead> byId, CancellationToken cancellationToken)
    {
        var walk = new RangeWalk(byId);
        if (store is RelationalCaseStore relational)
        {
            // A relational store's rows, hashed as stored by one hasher for the whole range; a row that misses is judged whole.
            using var hasher = new RowHasher();
            await foreach (var rows in relational.ReadStoredRowsAsync(range.From, range.Until, cancellationToken))
            {
                var next = 0;
                while ((next = walk.Check(rows, next, hasher)) < rows.Count)
                {
                    var (caseId, sequence, hash) = (rows[next].CaseId, rows[next].Sequence, rows[next].Hash.ToArray());
                    if (!await WholeEventHoldsAsync(store, caseId, sequence, cancellationToken))
                    {
                        walk.ContentFails(sequence);
                    }

                    walk.Advance(sequence, hash);
                    next++;
                }
            }
        }
        else
        {
            await foreach (var e in store.ReadAllAsync(cancellationToken))
            {
                if (walk.Enter(e.CaseId, e.Sequence, Encoding.UTF8.GetBytes(e.PreviousHash)) && EventChain.Compute(e) != e.Hash)
                {
                    walk.ContentFails(e.Sequence);
                }

                walk.Advance(e.Sequence, Encoding.UTF8.GetBytes(e.Hash));
            }
        }

        return walk.Finish(range, heads);
    }

    /// <summary>
    /// The event read whole and hashed as <see cref="EventChain.Compute(CaseEvent)"/> does: what a row whose stored form misses its
    /// hash is judged by, so the verdict is never stricter than the whole event's (stored JSON the serialiser would write differently,
    /// a hand-edited but equal value, say, is judged exactly as before).
    /// </summary>
    private static async Task<bool> WholeEventHoldsAsync(IEventStore store, Guid caseId, long sequence, CancellationToken cancellationToken)
    {
        var history = await store.ReadAsync(caseId, cancellationToken);
        return history.FirstOrDefault(e => e.Sequence == sequence) is { } e && EventChain.Compute(e) == e.Hash;
    }

    /// <summary>One range's walk: the case being walked, the cases and events seen, the broken cases in store order.</summary>
    private sealed class RangeWalk(Dictionary<Guid, CaseHead> heads)
    {
        private readonly List<BrokenCase> _broken = [];
        private readonly HashSet<Guid> _seen = [];
        private long _events;
        private ChainCursor? _cursor;

        /// <summary>Counts the event, moving to its case if it starts another; true when its content is still to be checked.</summary>
        public bool Enter(Guid caseId, long sequence, ReadOnlySpan<byte> previousHash)
        {
            _events++;
            if (_cursor is null || _cursor.CaseId != caseId)
            {
                Close();
                _cursor = new ChainCursor(caseId);
                _seen.Add(caseId);
            }

            return _cursor.Admits(sequence, previousHash);
        }

        /// <summary>
        /// Walks the batch's rows from <paramref name="start"/>, each hashed as stored; returns the index of the first row entered whose
        /// stored form misses its hash (to be judged whole, then advanced past), or the batch's count when none does.
        /// </summary>
        public int Check(StoredRows rows, int start, RowHasher hasher)
        {
            for (var i = start; i < rows.Count; i++)
            {
                var row = rows[i];
                if (Enter(row.CaseId, row.Sequence, row.PreviousHash) && !hasher.Holds(row))
                {
                    return i;
                }

                Advance(row.Sequence, row.Hash);
            }

            return rows.Count;
        }

        public void ContentFails(long sequence) => _cursor!.ContentFails(sequence);

        public void Advance(long sequence, ReadOnlySpan<byte> hash) => _cursor!.Advance(sequence, hash);

        /// <summary>The range's findings, with the range's stored cases that have no history.</summary>
        public RangeResult Finish(CaseRange range, IReadOnlyList<CaseHead> ordered)
        {
            Close();
            var headless = new List<BrokenCase>();
            for (var i = range.FirstHead; i < range.EndHead; i++)
            {
                if (!_seen.Contains(ordered[i].CaseId))
                {
                    headless.Add(new BrokenCase(ordered[i].CaseId, 0, "the case is stored but has no history"));
                }
            }

            return new RangeResult(_seen.Count, _events, _broken, headless);
        }

        private void Close()
        {
            if (_cursor is null)
            {
                return;
            }

            if (_cursor.Fault is { } fault)
            {
                _broken.Add(fault);
            }
            else if (!heads.TryGetValue(_cursor.CaseId, out var head))
            {
                _broken.Add(new BrokenCase(_cursor.CaseId, 1, "the history has no stored case"));
            }
            else if (head.Version != _cursor.LastSequence || !_cursor.EndsWith(head.LastHash))
            {
                _broken.Add(new BrokenCase(_cursor.CaseId, _cursor.LastSequence + 1,
                    $"the history ends at event {_cursor.LastSequence} but the case was last written at version {head.Version}: events are missing from the end"));
            }
        }
    }

    /// <summary>What one range found: cases with history, events, broken cases in store order, and stored cases without history.</summary>
    private sealed record RangeResult(int Cases, long Events, List<BrokenCase> Broken, List<BrokenCase> Headless);
}
