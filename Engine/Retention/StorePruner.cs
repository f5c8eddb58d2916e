using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Retention;

/// <summary>
/// Removes, batch by batch, the sent outbox messages and inbox entries older than their retention periods. Each batch is its own
/// delete, so a pass never holds a long transaction; several instances pruning at once remove each row once.
/// </summary>
/// <param name="store">The store pruned.</param>
/// <param name="time">The clock the periods are measured on.</param>
/// <param name="options">The periods and the batch size.</param>
public sealed class StorePruner(History.ICaseStore store, TimeProvider time, IOptions<RetentionOptions> options)
{
    /// <summary>One pass over both tables; returns how many rows it removed from each.</summary>
    public async Task<PruneCounts> PruneAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var outbox = await DrainAsync((limit, ct) => store.PruneSentOutboxAsync(now - settings.SentOutbox, limit, ct), settings.Batch, cancellationToken);
        var inbox = await DrainAsync((limit, ct) => store.PruneInboxAsync(now - settings.Inbox, limit, ct), settings.Batch, cancellationToken);
        return new PruneCounts(outbox, inbox);
    }

    private static async Task<int> DrainAsync(Func<int, CancellationToken, Task<int>> prune, int batch, CancellationToken cancellationToken)
    {
        var total = 0;
        int removed;
        do
        {
            removed = await prune(batch, cancellationToken);
            total += removed;
        }
        while (removed == batch && !cancellationToken.IsCancellationRequested);

        return total;
    }
}

/// <summary>What one pruning pass removed.</summary>
/// <param name="SentOutbox">Sent outbox messages removed.</param>
/// <param name="Inbox">Inbox entries removed.</param>
public readonly record struct PruneCounts(int SentOutbox, int Inbox)
{
    /// <summary>Rows removed in all.</summary>
    public int Total => SentOutbox + Inbox;
}
