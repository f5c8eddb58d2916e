using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>One stored event's place in its case's hash chain: the hash it carries against the one its content hashes to, and the
/// previous hash it links to against the hash of the event before it.</summary>
/// <param name="Stored">The hash stored with the event.</param>
/// <param name="Recomputed">The hash its content (previous hash included) computes to now.</param>
/// <param name="Previous">The previous hash the event links to.</param>
/// <param name="ExpectedPrevious">The hash of the event before it in the history (the genesis hash for the first).</param>
public sealed record HashCheck(string Stored, string Recomputed, string Previous, string ExpectedPrevious)
{
    /// <summary>True when the event's content still matches its hash (it was not changed after it was recorded).</summary>
    public bool ContentHolds => string.Equals(Stored, Recomputed, StringComparison.Ordinal);

    /// <summary>True when the event links to the event before it.</summary>
    public bool LinkHolds => string.Equals(Previous, ExpectedPrevious, StringComparison.Ordinal);

    /// <summary>The check of the event at position <paramref name="i"/> of a case's history.</summary>
    public static HashCheck Of(IReadOnlyList<CaseEvent> history, int i)
    {
        ArgumentNullException.ThrowIfNull(history);
        var e = history[i];
        return new HashCheck(e.Hash, EventChain.Compute(e), e.PreviousHash, i == 0 ? EventChain.Genesis : history[i - 1].Hash);
    }
}
