using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.History;

/// <summary>
/// Durable case histories: append-only per-case event streams with optimistic concurrency, a snapshot of each case for queries,
/// and every definition version cases have run under. SQLite is the embedded implementation; PostgreSQL can implement the same.
/// </summary>
public interface ICaseStore
{
    /// <summary>Creates or migrates the schema.</summary>
    Task InitialiseAsync(CancellationToken cancellationToken = default);

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

    /// <summary>
    /// Claims up to <paramref name="limit"/> unsent outbox messages available at <paramref name="now"/>, in outbox order, for
    /// <paramref name="owner"/>: each becomes unavailable to other claimers until <paramref name="now"/> + <paramref name="lease"/>
    /// (a relay that dies mid-batch leaves them to be claimed again then). Safe with several instances claiming at once.
    /// </summary>
    Task<IReadOnlyList<PendingOutboxMessage>> ClaimOutboxAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks outbox messages (by message id) as published at <paramref name="sentAt"/>; they are never claimed again.</summary>
    Task MarkOutboxSentAsync(IReadOnlyList<Guid> messageIds, DateTimeOffset sentAt, CancellationToken cancellationToken = default);

    /// <summary>The number of outbox messages not yet marked sent.</summary>
    Task<long> CountUnsentOutboxAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="limit"/> timers due at or before <paramref name="now"/>, earliest first, that no other claimer holds
    /// (a claim lasts until <paramref name="now"/> + <paramref name="lease"/>, and ends sooner when the case's next append replaces
    /// its timers). Safe with several instances claiming at once: a timer is handed to one of them at a time.
    /// </summary>
    Task<IReadOnlyList<CaseTimer>> ClaimDueTimersAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default);

    /// <summary>Timers due at or before <paramref name="now"/>, earliest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CaseTimer>> ReadDueTimersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>A case's timers, earliest first.</summary>
    Task<IReadOnlyList<CaseTimer>> ReadTimersAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>Removes a timer that no longer applies, if the case still holds exactly that timer; true when it was removed.</summary>
    Task<bool> DeleteTimerAsync(CaseTimer timer, CancellationToken cancellationToken = default);

    /// <summary>True when a command carried by this message id has already been applied (the inbox).</summary>
    Task<bool> HasProcessedAsync(Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>Every event of every case, case by case in sequence order, streamed (for verification and exports).</summary>
    IAsyncEnumerable<CaseEvent> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The events after <paramref name="after"/> (all of them when null) in the order of <see cref="ReadAllAsync"/>, streamed: where a
    /// paged export resumes.
    /// </summary>
    IAsyncEnumerable<CaseEvent> ReadAfterAsync(EventPosition? after, CancellationToken cancellationToken = default);

    /// <summary>The snapshot stored with a case's latest append, or null.</summary>
    Task<CaseState?> ReadSnapshotAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>Every case's stored head: its version and the hash of its latest event, as recorded with the latest append.</summary>
    Task<IReadOnlyList<CaseHead>> ListHeadsAsync(CancellationToken cancellationToken = default);

    /// <summary>The case a client key created, if any.</summary>
    Task<Guid?> FindByClientKeyAsync(string clientKey, CancellationToken cancellationToken = default);

    /// <summary>Snapshots of cases, newest first, optionally only those in one workflow.</summary>
    Task<IReadOnlyList<CaseState>> ListAsync(string? workflow = null, int limit = 1000, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the case snapshots <paramref name="filter"/> lets through, newest update first (ties by case id, descending): at
    /// most <paramref name="limit"/> of those after <paramref name="after"/> (from the newest when null). The filter is applied in the
    /// store's query, so a page is full whenever that many cases match.
    /// </summary>
    Task<IReadOnlyList<CaseState>> ListPageAsync(CaseFilter filter, CaseListPosition? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many cases <paramref name="filter"/> lets through: the size of a work list, counted in the store's query.</summary>
    Task<long> CountAsync(CaseFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes up to <paramref name="limit"/> outbox messages marked sent before <paramref name="sentBefore"/>, oldest first, and
    /// returns how many it removed; unsent messages are never removed. Safe with several instances pruning at once.
    /// </summary>
    Task<int> PruneSentOutboxAsync(DateTimeOffset sentBefore, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes up to <paramref name="limit"/> inbox entries recorded before <paramref name="processedBefore"/>, oldest first, and returns
    /// how many it removed: a message whose entry is gone is no longer recognised as applied. Safe with several instances pruning at once.
    /// </summary>
    Task<int> PruneInboxAsync(DateTimeOffset processedBefore, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stores a definition's text under its content hash (once) and returns its version number.</summary>
    Task<int> RegisterDefinitionAsync(string contentHash, string content, CancellationToken cancellationToken = default);

    /// <summary>The text of a stored definition version, or null.</summary>
    Task<string?> ReadDefinitionAsync(int version, CancellationToken cancellationToken = default);
}

/// <summary>A case's head as stored beside its history: what its latest append said the history ends with.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Version">The sequence of its latest event.</param>
/// <param name="LastHash">The hash of its latest event.</param>
public sealed record CaseHead(Guid CaseId, long Version, string LastHash);

/// <summary>Another writer appended to the case first; reload and decide again.</summary>
public sealed class ConcurrencyConflictException(Guid caseId, long expectedVersion)
    : Exception($"case {caseId} is no longer at version {expectedVersion}: another command was applied first")
{
    /// <summary>The case.</summary>
    public Guid CaseId { get; } = caseId;
}

/// <summary>A new case reused a client key that already created a case.</summary>
public sealed class DuplicateClientKeyException(string clientKey)
    : Exception($"client key '{clientKey}' already created a case")
{
    /// <summary>The key.</summary>
    public string ClientKey { get; } = clientKey;
}
