using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>A store that hands every call to another; specs override the calls they want to disturb.</summary>
internal abstract class DelegatingCaseStore(ICaseStore inner) : ICaseStore, ICaseKeyStore
{
    protected ICaseStore Inner { get; } = inner;

    private ICaseKeyStore Keys => (ICaseKeyStore)Inner;

    public Task<bool> AddKeyAsync(CaseKey key, CancellationToken cancellationToken = default) => Keys.AddKeyAsync(key, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, CaseKey>> ReadKeysAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default) => Keys.ReadKeysAsync(caseIds, cancellationToken);

    public Task<bool> EraseKeyAsync(Erasure erasure, CancellationToken cancellationToken = default) => Keys.EraseKeyAsync(erasure, cancellationToken);

    public Task<IReadOnlyList<Erasure>> ListErasuresAsync(DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken = default) =>
        Keys.ListErasuresAsync(since, until, limit, cancellationToken);

    public Task<IReadOnlyList<CaseKey>> ReadKeysNotWrappedWithAsync(string masterKeyId, int limit, CancellationToken cancellationToken = default) =>
        Keys.ReadKeysNotWrappedWithAsync(masterKeyId, limit, cancellationToken);

    public Task<bool> RewrapKeyAsync(Guid caseId, string previousMasterKeyId, string masterKeyId, byte[] wrapped, CancellationToken cancellationToken = default) =>
        Keys.RewrapKeyAsync(caseId, previousMasterKeyId, masterKeyId, wrapped, cancellationToken);

    public Task<IReadOnlySet<string>> MasterKeysInUseAsync(CancellationToken cancellationToken = default) => Keys.MasterKeysInUseAsync(cancellationToken);

    public virtual Task<IReadOnlyList<CaseEvent>> ReadAsync(Guid caseId, CancellationToken cancellationToken = default) => Inner.ReadAsync(caseId, cancellationToken);

    public virtual Task InitialiseAsync(CancellationToken cancellationToken = default) => Inner.InitialiseAsync(cancellationToken);

    public virtual Task<long> NextCaseNumberAsync(string code, DateOnly day, CancellationToken cancellationToken = default) => Inner.NextCaseNumberAsync(code, day, cancellationToken);

    public Task AppendAsync(
        CaseState resulting,
        long expectedVersion,
        IReadOnlyList<CaseEvent> events,
        Guid? messageId = null,
        IReadOnlyList<CaseTimer>? timers = null,
        IReadOnlyList<OutboxEntry>? outbox = null,
        CancellationToken cancellationToken = default) =>
        AppendAsync(() => Inner.AppendAsync(resulting, expectedVersion, events, messageId, timers, outbox, cancellationToken), cancellationToken);

    /// <summary>One append; <paramref name="append"/> writes it to the inner store. Specs override this to delay, refuse or count appends.</summary>
    protected virtual Task AppendAsync(Func<Task> append, CancellationToken cancellationToken) => append();

    public virtual IAsyncEnumerable<CaseEvent> ReadAllAsync(CancellationToken cancellationToken = default) => Inner.ReadAllAsync(cancellationToken);

    public virtual Task<CaseState?> ReadSnapshotAsync(Guid caseId, CancellationToken cancellationToken = default) => Inner.ReadSnapshotAsync(caseId, cancellationToken);

    public virtual Task<IReadOnlyList<CaseHead>> ListHeadsAsync(CancellationToken cancellationToken = default) => Inner.ListHeadsAsync(cancellationToken);

    public virtual Task<bool> HasProcessedAsync(Guid messageId, CancellationToken cancellationToken = default) => Inner.HasProcessedAsync(messageId, cancellationToken);

    public virtual Task<Guid?> FindByClientKeyAsync(string clientKey, CancellationToken cancellationToken = default) => Inner.FindByClientKeyAsync(clientKey, cancellationToken);

    public virtual Task<IReadOnlyList<CaseState>> ListAsync(string? workflow = null, int limit = 1000, CancellationToken cancellationToken = default) =>
        Inner.ListAsync(workflow, limit, cancellationToken);

    public virtual IAsyncEnumerable<CaseEvent> ReadAfterAsync(EventPosition? after, CancellationToken cancellationToken = default) => Inner.ReadAfterAsync(after, cancellationToken);

    public virtual Task<IReadOnlyList<CaseState>> ListPageAsync(CaseFilter filter, CaseListPosition? after, int limit, CancellationToken cancellationToken = default) =>
        Inner.ListPageAsync(filter, after, limit, cancellationToken);

    public virtual Task<long> CountAsync(CaseFilter filter, CancellationToken cancellationToken = default) => Inner.CountAsync(filter, cancellationToken);

    public virtual Task<int> PruneSentOutboxAsync(DateTimeOffset sentBefore, int limit, CancellationToken cancellationToken = default) =>
        Inner.PruneSentOutboxAsync(sentBefore, limit, cancellationToken);

    public virtual Task<int> PruneInboxAsync(DateTimeOffset processedBefore, int limit, CancellationToken cancellationToken = default) =>
        Inner.PruneInboxAsync(processedBefore, limit, cancellationToken);

    public virtual Task<IReadOnlyList<CaseTimer>> ReadDueTimersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        Inner.ReadDueTimersAsync(now, limit, cancellationToken);

    public virtual Task<IReadOnlyList<CaseTimer>> ReadTimersAsync(Guid caseId, CancellationToken cancellationToken = default) => Inner.ReadTimersAsync(caseId, cancellationToken);

    public virtual Task<bool> DeleteTimerAsync(CaseTimer timer, CancellationToken cancellationToken = default) => Inner.DeleteTimerAsync(timer, cancellationToken);

    public virtual Task<IReadOnlyList<PendingOutboxMessage>> ClaimOutboxAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default) =>
        Inner.ClaimOutboxAsync(owner, now, lease, limit, cancellationToken);

    public virtual Task MarkOutboxSentAsync(IReadOnlyList<Guid> messageIds, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
        Inner.MarkOutboxSentAsync(messageIds, sentAt, cancellationToken);

    public virtual Task<long> CountUnsentOutboxAsync(CancellationToken cancellationToken = default) => Inner.CountUnsentOutboxAsync(cancellationToken);

    public virtual Task<IReadOnlyList<CaseTimer>> ClaimDueTimersAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default) =>
        Inner.ClaimDueTimersAsync(owner, now, lease, limit, cancellationToken);
}
