using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>
/// A store whose history reads take a while, as over a busy network. Commands that arrive together then all decide on the
/// same version and collide when they append, so a race is certain rather than left to thread scheduling.
/// </summary>
internal sealed class SlowReadingStore(ICaseStore inner, TimeSpan delay) : ICaseStore
{
    private int _conflicts;

    /// <summary>Appends refused because another writer got there first.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    public async Task<IReadOnlyList<CaseEvent>> ReadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var history = await inner.ReadAsync(caseId, cancellationToken);
        await Task.Delay(delay, cancellationToken);
        return history;
    }

    public Task InitialiseAsync(CancellationToken cancellationToken = default) => inner.InitialiseAsync(cancellationToken);

    public async Task AppendAsync(
        CaseState resulting,
        long expectedVersion,
        IReadOnlyList<CaseEvent> events,
        Guid? messageId = null,
        IReadOnlyList<CaseTimer>? timers = null,
        IReadOnlyList<OutboxEntry>? outbox = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.AppendAsync(resulting, expectedVersion, events, messageId, timers, outbox, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            Interlocked.Increment(ref _conflicts);
            throw;
        }
    }

    public IAsyncEnumerable<CaseEvent> ReadAllAsync(CancellationToken cancellationToken = default) => inner.ReadAllAsync(cancellationToken);

    public Task<CaseState?> ReadSnapshotAsync(Guid caseId, CancellationToken cancellationToken = default) => inner.ReadSnapshotAsync(caseId, cancellationToken);

    public Task<IReadOnlyList<CaseHead>> ListHeadsAsync(CancellationToken cancellationToken = default) => inner.ListHeadsAsync(cancellationToken);

    public Task<bool> HasProcessedAsync(Guid messageId, CancellationToken cancellationToken = default) => inner.HasProcessedAsync(messageId, cancellationToken);

    public Task<Guid?> FindByClientKeyAsync(string clientKey, CancellationToken cancellationToken = default) => inner.FindByClientKeyAsync(clientKey, cancellationToken);

    public Task<IReadOnlyList<CaseState>> ListAsync(string? workflow = null, int limit = 1000, CancellationToken cancellationToken = default) =>
        inner.ListAsync(workflow, limit, cancellationToken);

    public Task<int> RegisterDefinitionAsync(string contentHash, string content, CancellationToken cancellationToken = default) =>
        inner.RegisterDefinitionAsync(contentHash, content, cancellationToken);

    public Task<string?> ReadDefinitionAsync(int version, CancellationToken cancellationToken = default) => inner.ReadDefinitionAsync(version, cancellationToken);

    public Task<IReadOnlyList<CaseTimer>> ReadDueTimersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        inner.ReadDueTimersAsync(now, limit, cancellationToken);

    public Task<IReadOnlyList<CaseTimer>> ReadTimersAsync(Guid caseId, CancellationToken cancellationToken = default) => inner.ReadTimersAsync(caseId, cancellationToken);

    public Task<bool> DeleteTimerAsync(CaseTimer timer, CancellationToken cancellationToken = default) => inner.DeleteTimerAsync(timer, cancellationToken);

    public Task<IReadOnlyList<PendingOutboxMessage>> ClaimOutboxAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default) =>
        inner.ClaimOutboxAsync(owner, now, lease, limit, cancellationToken);

    public Task MarkOutboxSentAsync(IReadOnlyList<Guid> messageIds, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
        inner.MarkOutboxSentAsync(messageIds, sentAt, cancellationToken);

    public Task<long> CountUnsentOutboxAsync(CancellationToken cancellationToken = default) => inner.CountUnsentOutboxAsync(cancellationToken);

    public Task<IReadOnlyList<CaseTimer>> ClaimDueTimersAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default) =>
        inner.ClaimDueTimersAsync(owner, now, lease, limit, cancellationToken);
}
