using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Retention;

/// <summary>Prunes what has outlived its retention period at start and every interval after, and logs what each pass removed.</summary>
public sealed partial class RetentionService(StorePruner pruner, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionService> logger)
    : PeriodicPassService(time)
{
    private PruneCounts _last;

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.Interval;

    /// <inheritdoc />
    protected override async Task<int> RunPassAsync(CancellationToken cancellationToken)
    {
        _last = await pruner.PruneAsync(cancellationToken);
        return _last.Total;
    }

    /// <inheritdoc />
    protected override void Done(int count) => Pruned(logger, _last.SentOutbox, options.Value.SentOutbox, _last.Inbox, options.Value.Inbox);

    /// <inheritdoc />
    protected override void Failed(Exception exception) => PassFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: removed {SentOutbox} sent outbox message(s) older than {SentOutboxPeriod} and {Inbox} inbox entr(ies) older than {InboxPeriod}")]
    private static partial void Pruned(ILogger logger, int sentOutbox, TimeSpan sentOutboxPeriod, int inbox, TimeSpan inboxPeriod);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention: a pruning pass failed; the next pass tries again")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
