using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>One stored event as verification sees it: where it sits in its chain, and how to check its content against its hash.</summary>
internal sealed class ChainLink
{
    private readonly Func<CancellationToken, ValueTask<bool>> _contentHolds;

    private ChainLink(Guid caseId, long sequence, string previousHash, string hash, Func<CancellationToken, ValueTask<bool>> contentHolds)
    {
        (CaseId, Sequence, PreviousHash, Hash, _contentHolds) = (caseId, sequence, previousHash, hash, contentHolds);
    }

    public Guid CaseId { get; }

    public long Sequence { get; }

    public string PreviousHash { get; }

    public string Hash { get; }

    /// <summary>True when the content still computes to the stored hash.</summary>
    public ValueTask<bool> ContentHoldsAsync(CancellationToken cancellationToken) => _contentHolds(cancellationToken);

    /// <summary>A whole event, hashed as <see cref="EventChain.Compute(CaseEvent)"/> does.</summary>
    public static ChainLink Of(CaseEvent e) =>
        new(e.CaseId, e.Sequence, e.PreviousHash, e.Hash, _ => ValueTask.FromResult(EventChain.Compute(e) == e.Hash));

    /// <summary>
    /// A stored row, hashed with its payload and effects as stored. Only when that misses is the event read whole and hashed as
    /// <see cref="EventChain.Compute(CaseEvent)"/> does, so the verdict is never stricter than the whole event's: stored JSON the
    /// serialiser would write differently (a hand-edited but equal value, say) is judged exactly as before.
    /// </summary>
    public static ChainLink Of(HashedRow row, IEventStore store, RowHasher hasher) =>
        new(row.CaseId, row.Sequence, row.PreviousHash, row.Hash, async cancellationToken =>
        {
            if (hasher.Holds(row))
            {
                return true;
            }

            var history = await store.ReadAsync(row.CaseId, cancellationToken);
            return history.FirstOrDefault(e => e.Sequence == row.Sequence) is { } e && EventChain.Compute(e) == e.Hash;
        });
}
