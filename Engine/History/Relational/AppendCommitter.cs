using System.Data.Common;
using System.Runtime.ExceptionServices;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// Commits a store's appends. With group commit on, every append joins one queue: a single drain writes all the appends waiting
/// (up to <see cref="GroupCommitSettings.MaxBatch"/>), each inside a savepoint of its own, and commits them in one transaction,
/// then takes whatever arrived meanwhile. Nothing waits on purpose: a lone append is written as soon as it arrives, and appends
/// batch only because they arrived while a commit was under way. An append that fails is rolled back to its savepoint and, once the
/// batch has committed, its caller gets its own failure; a failed commit fails every caller in it. Each caller returns
/// only after the commit that holds its events, so an acknowledged command is durable as before.
/// </summary>
internal sealed class AppendCommitter(SqlDialect dialect, Func<CancellationToken, Task<DbConnection>> openConnection, GroupCommitSettings settings)
{
    private const string Savepoint = "caseflow_append";

    private readonly EventWriter _writer = new(dialect);
    private readonly Lock _gate = new();
    private readonly Queue<PendingAppend> _waiting = new();
    private bool _draining;
    private long _batches;
    private long _commits;

    /// <summary>Batches the drain has taken from the queue (always 0 with group commit off).</summary>
    internal long Batches => Interlocked.Read(ref _batches);

    /// <summary>Transactions committed that stored appends, grouped or not.</summary>
    internal long Commits => Interlocked.Read(ref _commits);

    /// <summary>Stores <paramref name="append"/>, returning once the transaction that holds it committed.</summary>
    public async Task AppendAsync(CaseAppend append, CancellationToken cancellationToken)
    {
        if (!settings.Enabled)
        {
            await CommitAloneAsync(append, cancellationToken);
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingAppend(append);
        bool startDrain;
        lock (_gate)
        {
            _waiting.Enqueue(pending);
            startDrain = !_draining;
            _draining = true;
        }

        if (startDrain)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        await using (cancellationToken.UnsafeRegister(static (state, token) => ((PendingAppend)state!).Withdraw(token), pending))
        {
            await pending.Answer;
        }
    }

    private async Task CommitAloneAsync(CaseAppend append, CancellationToken cancellationToken)
    {
        await using var connection = await openConnection(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await _writer.WriteAsync(connection, transaction, append, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref _commits);
    }

    private async Task DrainAsync()
    {
        while (TakeBatch() is { } batch)
        {
            await CommitBatchAsync(batch);
        }
    }

    /// <summary>The appends waiting, withdrawn ones left out; null (and the drain ends) when none is.</summary>
    private List<PendingAppend>? TakeBatch()
    {
        lock (_gate)
        {
            var batch = new List<PendingAppend>();
            while (batch.Count < settings.MaxBatch && _waiting.TryDequeue(out var next))
            {
                if (!next.IsWithdrawn)
                {
                    batch.Add(next);
                }
            }

            if (batch.Count == 0)
            {
                _draining = false;
                return null;
            }

            Interlocked.Increment(ref _batches);
            return batch;
        }
    }

    /// <summary>Writes and commits one batch, answering every caller in it; never throws, or the drain would stop.</summary>
    private async Task CommitBatchAsync(List<PendingAppend> batch)
    {
        // The batch belongs to no one caller, so no caller's cancellation stops it once it is written. Refusals are answered after
        // the commit too: an append refused because an earlier one in the batch wrote first (the same case's version, the same client
        // key) must find that write stored when its caller looks again, as it would one after another.
        var written = new List<PendingAppend>(batch.Count);
        var refused = new List<(PendingAppend Pending, Exception Refusal)>();
        try
        {
            await using var connection = await openConnection(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);

            // Case by case in one order (stable, so one case's appends keep theirs): instances sharing a database then take case
            // row locks in the same order, and two batches cannot each wait for a row the other holds.
            foreach (var pending in batch.OrderBy(p => p.Append.Resulting.Id))
            {
                if (!pending.TryStartWriting())
                {
                    continue;
                }

                if (await TryWriteAsync(connection, transaction, pending) is { } refusal)
                {
                    refused.Add((pending, refusal));
                }
                else
                {
                    written.Add(pending);
                }
            }

            if (written.Count > 0)
            {
                await transaction.CommitAsync(CancellationToken.None);
                Interlocked.Increment(ref _commits);
            }
        }
        catch (Exception failure)
        {
            // The transaction is lost (the commit failed, the connection broke, a savepoint could not be undone): nothing in it is
            // stored, so every caller not yet answered gets the failure, those refused included (what refused them is not stored
            // either, so they decide again).
            foreach (var pending in batch)
            {
                pending.Refused(failure);
            }

            return;
        }

        foreach (var pending in written)
        {
            pending.Stored();
        }

        foreach (var (pending, refusal) in refused)
        {
            pending.Refused(refusal);
        }
    }

    /// <summary>Writes one append in a savepoint; when it fails, returns why, the transaction back as it was before the append.</summary>
    private async Task<Exception?> TryWriteAsync(DbConnection connection, DbTransaction transaction, PendingAppend pending)
    {
        await transaction.SaveAsync(Savepoint, CancellationToken.None);
        try
        {
            await _writer.WriteAsync(connection, transaction, pending.Append, CancellationToken.None);
        }
        catch (Exception refusal)
        {
            try
            {
                await transaction.RollbackAsync(Savepoint, CancellationToken.None);
            }
            catch (Exception)
            {
                // The transaction went with the write (a dropped connection, say): the write's failure is the batch's.
                ExceptionDispatchInfo.Capture(refusal).Throw();
            }

            return dialect.IsDeadlock(refusal)
                ? new ConcurrencyConflictException(pending.Append.Resulting.Id, pending.Append.ExpectedVersion)
                : refusal;
        }

        await transaction.ReleaseAsync(Savepoint, CancellationToken.None);
        return null;
    }
}
