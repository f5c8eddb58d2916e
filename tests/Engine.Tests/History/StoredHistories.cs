using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>Reads every stored history back through a store, for the upgrade tests: by case, each chained to the one before.</summary>
internal static class StoredHistories
{
    public static async Task<Dictionary<Guid, List<CaseEvent>>> ReadAsync(IEventStore store)
    {
        var histories = new Dictionary<Guid, List<CaseEvent>>();
        await foreach (var e in store.ReadAllAsync())
        {
            if (!histories.TryGetValue(e.CaseId, out var history))
            {
                histories[e.CaseId] = history = [];
            }

            history.Add(e);
        }

        return histories;
    }

    /// <summary>The events whose hash is not what their content hashes to, or that do not chain to the one before.</summary>
    public static IEnumerable<string> Broken(Dictionary<Guid, List<CaseEvent>> histories) =>
        from history in histories.Values
        from pair in history.Select((e, i) => (Event: e, Previous: i == 0 ? EventChain.Genesis : history[i - 1].Hash))
        where pair.Event.Hash != EventChain.Compute(pair.Event) || pair.Event.PreviousHash != pair.Previous
        select $"{pair.Event.CaseId}#{pair.Event.Sequence}";
}
