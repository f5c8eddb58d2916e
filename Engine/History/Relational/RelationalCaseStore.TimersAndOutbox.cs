using System.Data.Common;
using CaseFlow.Engine.History.Relational;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.History;

/// <summary>
/// The timers the timer pumps claim and the outbox the relays claim, each with a lease: the claim's locking is the dialect's
/// (SQLite's single writer, PostgreSQL's <c>FOR UPDATE SKIP LOCKED</c>), so instances claim disjoint sets. Sent outbox rows stay,
/// as the record of what was published and when, until retention prunes them.
/// </summary>
public abstract partial class RelationalCaseStore
{
    /// <inheritdoc cref="ITimerStore.ReadDueTimersAsync" />
    public Task<IReadOnlyList<CaseTimer>> ReadDueTimersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) => ReadListAsync(
        new SqlStatement(
            $"SELECT {TimerColumns.List} FROM timers WHERE due_at <= @now ORDER BY due_at, case_id, kind LIMIT @limit",
            ("@now", StoreTime.Instant(now)), ("@limit", limit)),
        TimerColumns.Read, cancellationToken);

    /// <inheritdoc cref="ITimerStore.ClaimDueTimersAsync" />
    public async Task<IReadOnlyList<CaseTimer>> ClaimDueTimersAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var claimed = await ClaimAsync(
            new SqlStatement(Dialect.ClaimTimersSql, ("@owner", owner), ("@until", StoreTime.Instant(now + lease)), ("@now", StoreTime.Instant(now)), ("@limit", limit)),
            TimerColumns.Read, cancellationToken);
        return claimed.OrderBy(t => t.DueAt).ThenBy(t => t.CaseId).ThenBy(t => t.Kind, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc cref="ITimerStore.ReadTimersAsync" />
    public Task<IReadOnlyList<CaseTimer>> ReadTimersAsync(Guid caseId, CancellationToken cancellationToken = default) => ReadListAsync(
        new SqlStatement($"SELECT {TimerColumns.List} FROM timers WHERE case_id = @case ORDER BY due_at, kind", ("@case", Dialect.Id(caseId))),
        TimerColumns.Read, cancellationToken);

    /// <inheritdoc cref="ITimerStore.DeleteTimerAsync" />
    public async Task<bool> DeleteTimerAsync(CaseTimer timer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return await ExecuteAsync(new SqlStatement(
            "DELETE FROM timers WHERE case_id = @case AND kind = @kind AND due_at = @due AND set_at_version = @version",
            ("@case", Dialect.Id(timer.CaseId)), ("@kind", timer.Kind), ("@due", StoreTime.Instant(timer.DueAt)), ("@version", timer.SetAtVersion)),
            cancellationToken) == 1;
    }

    /// <inheritdoc cref="IOutboxStore.ClaimOutboxAsync" />
    public async Task<IReadOnlyList<PendingOutboxMessage>> ClaimOutboxAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var claimed = await ClaimAsync(
            new SqlStatement(Dialect.ClaimOutboxSql, ("@owner", owner), ("@until", StoreTime.Instant(now + lease)), ("@now", StoreTime.Instant(now)), ("@limit", limit)),
            OutboxColumns.ReadClaimed, cancellationToken);
        return claimed.OrderBy(m => m.Position).ToList();
    }

    /// <inheritdoc cref="IOutboxStore.MarkOutboxSentAsync" />
    public async Task MarkOutboxSentAsync(IReadOnlyList<Guid> messageIds, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        if (messageIds.Count == 0)
        {
            return;
        }

        var names = messageIds.Select((_, i) => $"@m{i}").ToList();
        await ExecuteAsync(new SqlStatement(
            $"UPDATE outbox SET sent_at = @sent WHERE sent_at IS NULL AND message_id IN ({string.Join(", ", names)})",
            [("@sent", StoreTime.Instant(sentAt)), .. messageIds.Select((id, i) => (names[i], (object?)Dialect.Id(id)))]),
            cancellationToken);
    }

    /// <inheritdoc cref="IOutboxStore.CountUnsentOutboxAsync" />
    public async Task<long> CountUnsentOutboxAsync(CancellationToken cancellationToken = default) =>
        Count(await ScalarAsync(new SqlStatement("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"), cancellationToken));

    /// <inheritdoc cref="IOutboxStore.PruneSentOutboxAsync" />
    public Task<int> PruneSentOutboxAsync(DateTimeOffset sentBefore, int limit, CancellationToken cancellationToken = default) => PruneAsync($"""
        DELETE FROM outbox WHERE position IN (
            SELECT position FROM outbox WHERE sent_at IS NOT NULL AND sent_at < @before ORDER BY sent_at LIMIT @limit{Dialect.SkipLocked})
        """, sentBefore, limit, cancellationToken);

    private async Task<IReadOnlyList<T>> ClaimAsync<T>(SqlStatement claim, Func<DbDataReader, SqlDialect, T> read, CancellationToken cancellationToken)
    {
        if (!Dialect.ClaimsInTransaction)
        {
            return await ReadListAsync(claim, read, cancellationToken);
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await ReadListAsync(claim, read, cancellationToken, connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }
}
