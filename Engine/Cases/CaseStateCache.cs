using System.Runtime.CompilerServices;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// The latest state of the cases used most recently, each with the definition version it is pinned to, so that a command on one
/// decides without reading and folding its history. Bounded by a count: past it, the case used least recently is dropped; a
/// capacity of 0 keeps nothing. An entry is never trusted alone: a command decided on it is appended with its version as the
/// expected one (a stale entry fails that check, is evicted and the case read again), and a refusal decided on it is decided again
/// on the stored history (<see cref="CaseService"/>). Writers that append outside the case service evict what they change.
/// Safe for concurrent use.
/// </summary>
public sealed class CaseStateCache
{
    /// <summary>The capacity when none is configured: every open case of a township, several times over.</summary>
    public const int DefaultCapacity = 10_000;

    private static readonly ConditionalWeakTable<IEventStore, CaseStateCache> SharedCaches = [];

    private readonly Dictionary<Guid, LinkedListNode<CachedCase>> _entries = [];

    // Most recently used first; the last node is the one dropped when a new case needs room.
    private readonly LinkedList<CachedCase> _recency = new();
    private readonly Lock _lock = new();

    /// <summary>A cache holding at most <paramref name="capacity"/> cases (0: none).</summary>
    public CaseStateCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    /// <summary>The most cases held at once.</summary>
    public int Capacity { get; }

    /// <summary>The cases held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The cache every component built on <paramref name="store"/> without one of its own shares (tests and tools), with the
    /// default capacity, so that what one of them appends the others see evicted.
    /// </summary>
    public static CaseStateCache Shared(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return SharedCaches.GetValue(store, _ => new CaseStateCache());
    }

    /// <summary>The case as last cached, marked as the most recently used; null when it is not held.</summary>
    public CachedCase? Find(Guid caseId)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(caseId, out var node))
            {
                return null;
            }

            Touch(node);
            return node.Value;
        }
    }

    /// <summary>
    /// Holds <paramref name="state"/> as the case's latest, pinned to <paramref name="definition"/>, unless a later version of it is
    /// held already (a concurrent command stored that one after this state was read).
    /// </summary>
    public void Put(CaseState state, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        if (Capacity == 0)
        {
            return;
        }

        var entry = new CachedCase(state, definition);
        lock (_lock)
        {
            if (_entries.TryGetValue(state.Id, out var held))
            {
                if (held.Value.State.Version <= state.Version)
                {
                    held.Value = entry;
                }

                Touch(held);
                return;
            }

            LinkedListNode<CachedCase> node;
            if (_entries.Count >= Capacity)
            {
                // The least recently used case makes room, and its node is reused.
                node = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(node.Value.State.Id);
                node.Value = entry;
            }
            else
            {
                node = new LinkedListNode<CachedCase>(entry);
            }

            _recency.AddFirst(node);
            _entries[state.Id] = node;
        }
    }

    /// <summary>Forgets the case: its history changed by a path that did not put the result here.</summary>
    public void Evict(Guid caseId)
    {
        lock (_lock)
        {
            if (_entries.Remove(caseId, out var node))
            {
                _recency.Remove(node);
            }
        }
    }

    /// <summary>
    /// Forgets the case when what is held of it is no later than <paramref name="staleVersion"/>, a version found out of date; a
    /// later one, put meanwhile by a command that appended it, stays.
    /// </summary>
    public void Evict(Guid caseId, long staleVersion)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(caseId, out var node) && node.Value.State.Version <= staleVersion)
            {
                _entries.Remove(caseId);
                _recency.Remove(node);
            }
        }
    }

    private void Touch(LinkedListNode<CachedCase> node)
    {
        if (node != _recency.First)
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }
    }
}

/// <summary>A case as the cache holds it.</summary>
/// <param name="State">The case as its history folds to, at <see cref="CaseState.Version"/>.</param>
/// <param name="Definition">The definition version the case is pinned to.</param>
public sealed record CachedCase(CaseState State, CompiledDefinition Definition);
