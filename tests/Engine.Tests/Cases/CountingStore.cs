using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Tests.Messaging;

namespace CaseFlow.Engine.Tests.Cases;

/// <summary>The real store, counting the history reads, the inbox reads and the appends refused because another writer got there first.</summary>
internal sealed class CountingStore(ICaseStore inner) : DelegatingCaseStore(inner)
{
    private int _reads;
    private int _conflicts;
    private int _inboxReads;

    /// <summary>Times the inbox was asked whether a message was applied.</summary>
    public int InboxReads => Volatile.Read(ref _inboxReads);

    public override Task<bool> HasProcessedAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _inboxReads);
        return Inner.HasProcessedAsync(messageId, cancellationToken);
    }

    /// <summary>Histories read so far.</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>Appends refused with a concurrency conflict so far.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    public override Task<IReadOnlyList<CaseEvent>> ReadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return Inner.ReadAsync(caseId, cancellationToken);
    }

    protected override async Task AppendAsync(Func<Task> append, CancellationToken cancellationToken)
    {
        try
        {
            await append();
        }
        catch (ConcurrencyConflictException)
        {
            Interlocked.Increment(ref _conflicts);
            throw;
        }
    }
}
