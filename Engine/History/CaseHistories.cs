using System.Runtime.CompilerServices;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.History;

/// <summary>Reads the histories of many cases, each whole and in sequence order: one by one when they are few, else streaming the store once.</summary>
public static class CaseHistories
{
    /// <summary>Below this many cases each history is read on its own; from it on, every event is streamed once.</summary>
    public const int ReadEachBelow = 1_000;

    /// <summary>The histories of <paramref name="ids"/> (of every case when null), in the store's case order when streamed.</summary>
    public static IAsyncEnumerable<IReadOnlyList<CaseEvent>> ReadAsync(IEventStore store, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return ReadAsync(store.ReadAsync, store.ReadAllAsync, ids, cancellationToken);
    }

    /// <summary>The same over a store's two reads: one case's history, and every event in case and sequence order.</summary>
    internal static async IAsyncEnumerable<IReadOnlyList<CaseEvent>> ReadAsync(
        Func<Guid, CancellationToken, Task<IReadOnlyList<CaseEvent>>> readOne,
        Func<CancellationToken, IAsyncEnumerable<CaseEvent>> readAll,
        IReadOnlyCollection<Guid>? ids,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (ids is { Count: < ReadEachBelow })
        {
            foreach (var id in ids)
            {
                if (await readOne(id, cancellationToken) is { Count: > 0 } events)
                {
                    yield return events;
                }
            }

            yield break;
        }

        var wanted = ids?.ToHashSet();
        var history = new List<CaseEvent>();
        await foreach (var e in readAll(cancellationToken))
        {
            if (history.Count > 0 && history[0].CaseId != e.CaseId)
            {
                yield return history;
                history = [];
            }

            if (wanted?.Contains(e.CaseId) ?? true)
            {
                history.Add(e);
            }
        }

        if (history.Count > 0)
        {
            yield return history;
        }
    }
}
