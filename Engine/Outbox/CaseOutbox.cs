using System.Collections.Concurrent;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Outbox;

/// <summary>
/// The transactional outbox. Messages a command's events cause are stored in the append that records the events; right after the
/// commit the instance publishes them itself (the fast path) and marks them sent. Whatever is still unsent once its grace has passed
/// (the instance died, the broker was down) a relay claims and publishes, on any instance. Every message keeps the id it was stored
/// with, so a message published twice (published, then the instance died before marking it) reaches consumers with one id.
/// </summary>
public sealed partial class CaseOutbox
{
    private readonly ICaseStore _store;
    private readonly IOutboundPublisher _publisher;
    private readonly TimeProvider _time;
    private readonly OutboxOptions _options;
    private readonly string _owner;
    private readonly ILogger<CaseOutbox> _logger;
    private readonly ConcurrentQueue<Guid> _published = new();
    private volatile bool _marksInBackground;

    private readonly PersonalDataVault _vault;

    /// <summary>
    /// An outbox over a store and a publisher. Stored messages hold personal data sealed, as the events they came from do;
    /// <paramref name="personalData"/> opens it as each message is published (by default the vault shared by everything built on
    /// the same store without one of its own).
    /// </summary>
    public CaseOutbox(
        ICaseStore store,
        IOutboundPublisher publisher,
        TimeProvider time,
        IOptions<OutboxOptions>? options = null,
        EngineInstance? instance = null,
        ILogger<CaseOutbox>? logger = null,
        PersonalDataVault? personalData = null)
    {
        _vault = personalData ?? PersonalDataVault.Ephemeral(store);
        _store = store;
        _publisher = publisher;
        _time = time;
        _options = options?.Value ?? new OutboxOptions();
        _owner = (instance ?? new EngineInstance()).Id;
        _logger = logger ?? NullLogger<CaseOutbox>.Instance;
    }

    /// <summary>The messages as entries to store with the events, available to relays once the grace has passed.</summary>
    public IReadOnlyList<OutboxEntry> Prepare(IReadOnlyList<object> messages, Guid caseId) =>
        OutboxCodec.Encode(messages, caseId, _time.GetUtcNow() + _options.Grace);

    /// <summary>
    /// The fast path, after the append committed: publishes the entries in order and marks them sent. A failure is logged and left
    /// to the relay (the rest of the batch too, keeping the case's order); it never fails the command, whose events are stored.
    /// </summary>
    public async Task DeliverAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sent = new List<Guid>(entries.Count);

        // A broker that is away would hold the command (and its caller) until it came back: the fast path gives up after half the
        // grace and leaves the rest to a relay. A publication cut short may still have gone out; a relay's copy keeps its id.
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(_options.Grace / 2);
        foreach (var entry in entries)
        {
            try
            {
                await _publisher.PublishAsync(await OpenAsync(entry, patience.Token), entry.MessageId, patience.Token);
                sent.Add(entry.MessageId);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                PublishDeferred(_logger, entry.CaseId, entry.MessageType, _options.Grace, e);
                break;
            }
        }

        await AcknowledgeAsync(sent, cancellationToken);
    }

    /// <summary>
    /// From now on marks of fast-path publications are written in batches by <see cref="RelayAsync"/> rather than one write per
    /// command; the relay service turns this on while it runs, and flushes the marks when it stops.
    /// </summary>
    public void MarkInBackground(bool enabled) => _marksInBackground = enabled;

    /// <summary>
    /// Writes the marks of messages published on the fast path that are not yet written. Marks the store could not take (it is
    /// away) are kept for the next flush, so that a relay does not publish their messages again once the store is back.
    /// </summary>
    public async Task FlushMarksAsync(CancellationToken cancellationToken = default)
    {
        var batch = new List<Guid>();
        while (_published.TryDequeue(out var id))
        {
            batch.Add(id);
            if (batch.Count == 500)
            {
                await WriteMarksAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        await WriteMarksAsync(batch, cancellationToken);
    }

    private async Task WriteMarksAsync(List<Guid> batch, CancellationToken cancellationToken)
    {
        try
        {
            await _store.MarkOutboxSentAsync(batch, _time.GetUtcNow(), cancellationToken);
        }
        catch (Exception)
        {
            foreach (var id in batch)
            {
                _published.Enqueue(id);
            }

            throw;
        }
    }

    /// <summary>
    /// One relay pass: writes pending marks, then claims and publishes every unsent message whose grace has passed, each case's in
    /// the order they were stored (cases side by side). Returns the number published. A message that fails stays claimed until its
    /// lease ends and is tried again then; the pass stops early when publishing fails (the broker is likely away).
    /// </summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken = default)
    {
        await FlushMarksAsync(cancellationToken);
        var published = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await _store.ClaimOutboxAsync(_owner, _time.GetUtcNow(), _options.Lease, _options.Batch, cancellationToken);
            if (claimed.Count == 0)
            {
                return published;
            }

            var results = await Task.WhenAll(claimed.GroupBy(m => m.Entry.CaseId).Select(g => PublishInOrderAsync(g.ToList(), cancellationToken)));
            var sent = results.SelectMany(r => r.Sent).ToList();
            await _store.MarkOutboxSentAsync(sent, _time.GetUtcNow(), cancellationToken);
            published += sent.Count;
            if (results.Any(r => r.Failed) || claimed.Count < _options.Batch)
            {
                return published;
            }
        }

        return published;
    }

    /// <summary>The message an entry holds, with the personal data it carries opened for its recipient (or read as erased).</summary>
    private async Task<object> OpenAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
        OutboxCodec.Decode(entry with { Body = await _vault.ShowJsonAsync(entry.Body, disclose: true, cancellationToken) });

    private async Task<(List<Guid> Sent, bool Failed)> PublishInOrderAsync(List<PendingOutboxMessage> messages, CancellationToken cancellationToken)
    {
        var sent = new List<Guid>(messages.Count);
        foreach (var message in messages)
        {
            try
            {
                await _publisher.PublishAsync(await OpenAsync(message.Entry, cancellationToken), message.Entry.MessageId, cancellationToken);
                sent.Add(message.Entry.MessageId);
                if (message.Attempts > 0)
                {
                    Republished(_logger, message.Entry.CaseId, message.Entry.MessageType, message.Attempts + 1);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RelayFailed(_logger, message.Entry.CaseId, message.Entry.MessageType, message.Attempts + 1, _options.Lease, e);
                return (sent, true);
            }
        }

        return (sent, false);
    }

    private async Task AcknowledgeAsync(List<Guid> sent, CancellationToken cancellationToken)
    {
        if (!_marksInBackground)
        {
            await _store.MarkOutboxSentAsync(sent, _time.GetUtcNow(), cancellationToken);
            return;
        }

        foreach (var id in sent)
        {
            _published.Enqueue(id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: {MessageType} could not be published now; it stays in the outbox and a relay publishes it after {Grace}")]
    private static partial void PublishDeferred(ILogger logger, Guid caseId, string messageType, TimeSpan grace, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: relaying {MessageType} failed (attempt {Attempt}); tried again after {Lease}")]
    private static partial void RelayFailed(ILogger logger, Guid caseId, string messageType, int attempt, TimeSpan lease, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {MessageType} relayed on attempt {Attempt}")]
    private static partial void Republished(ILogger logger, Guid caseId, string messageType, int attempt);
}
