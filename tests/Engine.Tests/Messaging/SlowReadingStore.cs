using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>
/// A store whose history reads, inbox checks and appends take a while, as over a busy network. Commands that arrive together then
/// all decide on the same version and collide when they append, so a race is certain rather than left to thread scheduling: each
/// append waits before it is written, so the state a command decided on stays the newest one cached (an append puts its result in
/// the cache only once stored) while the others take it. The inbox and history delays alone were not enough once appends were
/// grouped: the synchronous SQLite provider then held the few pool threads long enough for each command to find the last one's
/// result already cached.
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

    protected override async Task AppendAsync(Func<Task> append, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
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
