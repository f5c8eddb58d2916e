using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.History;

/// <summary>
/// The case histories: append-only per-case event streams with optimistic concurrency, each append storing the case's snapshot, its
/// timers, the messages its events cause and the command's inbox mark in one transaction; read back per case or streamed whole.
/// </summary>
public interface IEventStore
{
    /// <summary>The case's history in sequence order; empty when there is no such case.</summary>
    Task<IReadOnlyList<CaseEvent>> ReadAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends events to a case whose stored version must equal <paramref name="expectedVersion"/> (0 for a new case), and stores its
    /// resulting snapshot, atomically, recording <paramref name="messageId"/> (when given) as processed in the same transaction.
    /// When <paramref name="timers"/> is given they become the case's timers, replacing those it had, in the same transaction
    /// (null leaves its timers as they are). The <paramref name="outbox"/> messages the events caused are stored in the same
    /// transaction, unsent. Throws <see cref="ConcurrencyConflictException"/> when another writer got there first — including
    /// when <paramref name="messageId"/> is already in the inbox (the same message applied by another instance meanwhile, which the
    /// caller then finds applied) — and <see cref="DuplicateClientKeyException"/> when a new case reuses a client key.
    /// </summary>
    Task AppendAsync(
        CaseState resulting,
        long expectedVersion,
        IReadOnlyList<CaseEvent> events,
        Guid? messageId = null,
        IReadOnlyList<CaseTimer>? timers = null,
        IReadOnlyList<OutboxEntry>? outbox = null,
        CancellationToken cancellationToken = default);

    /// <summary>The snapshot stored with a case's latest append, or null.</summary>
    Task<CaseState?> ReadSnapshotAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The case a client key created, if any.</summary>
    Task<Guid?> FindByClientKeyAsync(string clientKey, CancellationToken cancellationToken = default);

    /// <summary>True when a command carried by this message id has already been applied (the inbox).</summary>
    Task<bool> HasProcessedAsync(Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes up to <paramref name="limit"/> inbox entries recorded before <paramref name="processedBefore"/>, oldest first, and returns
    /// how many it removed: a message whose entry is gone is no longer recognised as applied. Safe with several instances pruning at once.
    /// </summary>
    Task<int> PruneInboxAsync(DateTimeOffset processedBefore, int limit, CancellationToken cancellationToken = default);

    /// <summary>Every event of every case, case by case in sequence order, streamed (for verification and exports).</summary>
    IAsyncEnumerable<CaseEvent> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The events after <paramref name="after"/> (all of them when null) in the order of <see cref="ReadAllAsync"/>, streamed: where a
    /// paged export resumes.
    /// </summary>
    IAsyncEnumerable<CaseEvent> ReadAfterAsync(EventPosition? after, CancellationToken cancellationToken = default);

    /// <summary>Every case's stored head: its version and the hash of its latest event, as recorded with the latest append.</summary>
    Task<IReadOnlyList<CaseHead>> ListHeadsAsync(CancellationToken cancellationToken = default);
}
