using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Tests.Messaging;

namespace CaseFlow.Engine.Tests.Cases;

/// <summary>The real store, counting the history reads and the appends refused because another writer got there first.</summary>
internal sealed class CountingStore(ICaseStore inner) : DelegatingCaseStore(inner)
{
    private int _reads;
    private int _conflicts;

    /// <summary>Histories read so far.</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>Appends refused with a concurrency conflict so far.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    public override Task<IReadOnlyList<CaseEvent>> ReadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return Inner.ReadAsync(caseId, cancellationToken);
    }

    public override async Task AppendAsync(
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
            await Inner.AppendAsync(resulting, expectedVersion, events, messageId, timers, outbox, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            Interlocked.Increment(ref _conflicts);
            throw;
        }
    }
}
