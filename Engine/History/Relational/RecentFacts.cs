using CaseFlow.Engine.Assessment;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// The assessment facts the store last wrote for the cases appended to most recently, each with the case version it stands for, so
/// that the next append to a case folds its events onto them without reading the projection row inside the write transaction. An
/// entry is used only for an append expecting exactly its version (anything else is read in the transaction as before), and is put
/// only once the append that wrote it committed, so it always equals the row written at that version. Bounded by a count (the oldest
/// entries are dropped first); 0 keeps nothing. Safe for concurrent use.
/// </summary>
internal sealed class RecentFacts(int capacity)
{
    private readonly Dictionary<Guid, AssessmentFacts> _facts = [];
    private readonly Queue<Guid> _order = new();
    private readonly Lock _lock = new();

    /// <summary>The most cases held.</summary>
    public int Capacity { get; } = capacity >= 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "the capacity is 0 or more cases");

    /// <summary>The facts held for the case at <paramref name="version"/>, or null.</summary>
    public AssessmentFacts? Find(Guid caseId, long version)
    {
        lock (_lock)
        {
            return _facts.TryGetValue(caseId, out var facts) && facts.Version == version ? facts : null;
        }
    }

    /// <summary>Holds the facts an append committed for the case (their version is the case's after it).</summary>
    public void Put(Guid caseId, AssessmentFacts facts)
    {
        if (Capacity == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_facts.TryGetValue(caseId, out var held))
            {
                if (held.Version <= facts.Version)
                {
                    _facts[caseId] = facts;
                }

                return;
            }

            while (_facts.Count >= Capacity && _order.TryDequeue(out var oldest))
            {
                _facts.Remove(oldest);
            }

            _facts.Add(caseId, facts);
            _order.Enqueue(caseId);
        }
    }
}
