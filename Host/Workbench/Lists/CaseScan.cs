using System.Runtime.CompilerServices;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>
/// Reads the cases a workbench list is drawn from, in the store's order (latest update first), a batch at a time: every case for the
/// counts, or one page of those a condition lets through, starting after a cursor.
/// </summary>
public sealed class CaseScan(ICaseQueries store)
{
    private const int Batch = 500;

    /// <summary>Every case after <paramref name="after"/> (from the newest when null), in the store's order.</summary>
    public async IAsyncEnumerable<CaseState> AllAsync(CaseListPosition? after = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var batch = await store.ListPageAsync(CaseFilter.None, after, Batch, cancellationToken);
            foreach (var state in batch)
            {
                yield return state;
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            after = CaseListPosition.Of(batch[^1]);
        }
    }

    /// <summary>
    /// The page of cases <paramref name="include"/> lets through after <paramref name="after"/>: at most <paramref name="limit"/>, and
    /// whether more follow.
    /// </summary>
    public async Task<(IReadOnlyList<CaseState> Cases, bool More)> PageAsync(Func<CaseState, bool> include, CaseListPosition? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(include);
        var cases = new List<CaseState>();
        await foreach (var state in AllAsync(after, cancellationToken))
        {
            if (!include(state))
            {
                continue;
            }

            if (cases.Count == limit)
            {
                return (cases, true);
            }

            cases.Add(state);
        }

        return (cases, false);
    }

    /// <summary>How many cases <paramref name="include"/> lets through.</summary>
    public async Task<int> CountAsync(Func<CaseState, bool> include, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(include);
        var count = 0;
        await foreach (var state in AllAsync(null, cancellationToken))
        {
            if (include(state))
            {
                count++;
            }
        }

        return count;
    }
}
