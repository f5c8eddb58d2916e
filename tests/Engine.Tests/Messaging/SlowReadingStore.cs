using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>
/// A store whose history reads and inbox checks take a while, as over a busy network. Commands that arrive together then all decide
/// on the same version (each checks the inbox before it takes the case's state, cached or read) and collide when they append, so a
/// race is certain rather than left to thread scheduling.
/// </summary>
internal sealed class SlowReadingStore(ICaseStore inner, TimeSpan delay) : DelegatingCaseStore(inner)
{
    private int _conflicts;

    /// <summary>Appends refused because another writer got there first.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    public override async Task<IReadOnlyList<CaseEvent>> ReadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var history = await Inner.ReadAsync(caseId, cancellationToken);
        await Task.Delay(delay, cancellationToken);
        return history;
    }

    public override async Task<bool> HasProcessedAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        var processed = await Inner.HasProcessedAsync(messageId, cancellationToken);
        await Task.Delay(delay, cancellationToken);
        return processed;
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
