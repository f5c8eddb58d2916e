using System.Data.Common;
using System.Runtime.ExceptionServices;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// Commits a store's appends. With group commit on, every append joins one queue: a single drain writes all the appends waiting
/// (up to <see cref="GroupCommitSettings.MaxBatch"/>), each inside a savepoint of its own, and commits them in one transaction,
/// then takes whatever arrived meanwhile. The drain keeps its connection and its commands (<see cref="StatementRunner"/>) from one
/// batch to the next while appends keep arriving, and lets them go when the queue is empty or a batch failed. Nothing waits on purpose: a lone append is written as soon as it arrives, and appends
/// batch only because they arrived while a commit was under way. An append that fails is rolled back to its savepoint and, once the
/// batch has committed, its caller gets its own failure; a failed commit fails every caller in it. Each caller returns
/// only after the commit that holds its events, so an acknowledged command is durable as before.
/// </summary>
/// <param name="dialect">The database's SQL dialect.</param>
/// <param name="openConnection">Opens a connection for writing appends.</param>
/// <param name="settings">Whether appends are grouped, and how many at most.</param>
/// <param name="committed">Told after each commit that stored appends, on the committing thread; it must return at once.</param>
internal sealed class AppendCommitter(
    SqlDialect dialect, Func<CancellationToken, Task<DbConnection>> openConnection, GroupCommitSettings settings, Action? committed = null)
{
    private const string Savepoint = "caseflow_append";

    private readonly EventWriter _writer = new(dialect);
    private readonly SqlStatement _savepoint = new($"SAVEPOINT {Savepoint}");
    private readonly SqlStatement _release = new($"RELEASE SAVEPOINT {Savepoint}");
    private readonly SqlStatement _rollback = new($"ROLLBACK TO SAVEPOINT {Savepoint}");
    private readonly Lock _gate = new();
    private readonly Queue<PendingAppend> _waiting = new();
    private bool _draining;
    private long _batches;
    private long _commits;

    /// <summary>Batches the drain has taken from the queue (always 0 with group commit off).</summary>
    internal long Batches => Interlocked.Read(ref _batches);

    /// <summary>Transactions committed that stored appends, grouped or not.</summary>
    internal long Commits => Interlocked.Read(ref _commits);

    /// <summary>The statements of <paramref name="append"/>, made on the caller's thread (see <see cref="EventWriter.Prepare"/>).</summary>
    public PreparedAppend Prepare(CaseAppend append, Assessment.AssessmentFacts? previousFacts) => _writer.Prepare(append, previousFacts);

    /// <summary>Stores <paramref name="append"/>, returning once the transaction that holds it committed.</summary>
    public async Task AppendAsync(PreparedAppend append, CancellationToken cancellationToken)
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

    private async Task CommitAloneAsync(PreparedAppend append, CancellationToken cancellationToken)
    {
        await using var runner = new StatementRunner(await openConnection(cancellationToken), dialect);
        await using var transaction = await runner.Connection.BeginTransactionAsync(cancellationToken);
        runner.Transaction = transaction;
        await _writer.WriteAsync(runner, append, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref _commits);
        committed?.Invoke();
    }

    private async Task DrainAsync()
    {
        StatementRunner? runner = null;
        try
        {
            while (TakeBatch() is { } batch)
            {
                runner = await CommitBatchAsync(batch, runner);
            }
        }
        finally
        {
            if (runner is not null)
            {
                await runner.DisposeAsync();
            }
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

    /// <summary>
    /// Writes and commits one batch on <paramref name="runner"/> (a new one when null), answering every caller in it; returns the
    /// runner for the next batch, or null when this one failed (its connection may be broken). Never throws, or the drain would stop.
    /// </summary>
    private async Task<StatementRunner?> CommitBatchAsync(List<PendingAppend> batch, StatementRunner? runner)
    {
        // The batch belongs to no one caller, so no caller's cancellation stops it once it is written. Refusals are answered after
        // the commit too: an append refused because an earlier one in the batch wrote first (the same case's version, the same client
        // key) must find that write stored when its caller looks again, as it would one after another.
        var written = new List<PendingAppend>(batch.Count);
        var refused = new List<(PendingAppend Pending, Exception Refusal)>();
        try
        {
            runner ??= new StatementRunner(await openConnection(CancellationToken.None), dialect);
            await using var transaction = await runner.Connection.BeginTransactionAsync(CancellationToken.None);
            runner.Transaction = transaction;

            // Case by case in one order (stable, so one case's appends keep theirs): instances sharing a database then take case
            // row locks in the same order, and two batches cannot each wait for a row the other holds.
            foreach (var pending in batch.OrderBy(p => p.Append.Append.Resulting.Id))
            {
                if (!pending.TryStartWriting())
                {
                    continue;
                }

                if (await TryWriteAsync(runner, pending) is { } refusal)
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
                committed?.Invoke();
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

            if (runner is not null)
            {
                await runner.DisposeAsync();
            }

            return null;
        }

        foreach (var pending in written)
        {
            pending.Stored();
        }

        foreach (var (pending, refusal) in refused)
        {
            pending.Refused(refusal);
        }

        runner.Transaction = null;
        return runner;
    }

    /// <summary>Writes one append in a savepoint; when it fails, returns why, the transaction back as it was before the append.</summary>
    private async Task<Exception?> TryWriteAsync(StatementRunner runner, PendingAppend pending)
    {
        await runner.ExecuteAsync(_savepoint, CancellationToken.None);
        try
        {
            await _writer.WriteAsync(runner, pending.Append, CancellationToken.None);
        }
        catch (Exception refusal)
        {
            try
            {
                await runner.ExecuteAsync(_rollback, CancellationToken.None);
            }
            catch (Exception)
            {
                // The transaction went with the write (a dropped connection, say): the write's failure is the batch's.
                ExceptionDispatchInfo.Capture(refusal).Throw();
            }

            return dialect.IsDeadlock(refusal)
                ? new ConcurrencyConflictException(pending.Append.Append.Resulting.Id, pending.Append.Append.ExpectedVersion)
                : refusal;
        }

        await runner.ExecuteAsync(_release, CancellationToken.None);
        return null;
    }
}
