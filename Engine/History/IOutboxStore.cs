namespace CaseFlow.Engine.History;

/// <summary>The messages accepted commands caused (written by <see cref="IEventStore.AppendAsync"/>), claimed, marked sent and pruned by the relay.</summary>
public interface IOutboxStore
{
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
    /// Removes up to <paramref name="limit"/> outbox messages marked sent before <paramref name="sentBefore"/>, oldest first, and
    /// returns how many it removed; unsent messages are never removed. Safe with several instances pruning at once.
    /// </summary>
    Task<int> PruneSentOutboxAsync(DateTimeOffset sentBefore, int limit, CancellationToken cancellationToken = default);
}
