namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// An append waiting for the committer, and its caller's answer. Until the committer starts writing it, its caller may withdraw it
/// (cancellation); from then on it belongs to its batch and is answered when that batch commits or fails.
/// </summary>
internal sealed class PendingAppend(PreparedAppend append)
{
    private const int Waiting = 0;
    private const int Writing = 1;
    private const int Withdrawn = 2;

    private readonly TaskCompletionSource _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _stage = Waiting;

    public PreparedAppend Append { get; } = append;

    /// <summary>Completes once the append's transaction committed; faults with why it was not stored.</summary>
    public Task Answer => _answer.Task;

    /// <summary>Whether its caller withdrew it before it was written.</summary>
    public bool IsWithdrawn => Volatile.Read(ref _stage) == Withdrawn;

    /// <summary>The committer takes it for writing; false when its caller withdrew it first.</summary>
    public bool TryStartWriting() => Interlocked.CompareExchange(ref _stage, Writing, Waiting) == Waiting;

    /// <summary>Its caller gives up on it: withdrawn and cancelled when not yet being written, else left to its batch.</summary>
    public void Withdraw(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _stage, Withdrawn, Waiting) == Waiting)
        {
            _answer.TrySetCanceled(cancellationToken);
        }
    }

    /// <summary>Its transaction committed.</summary>
    public void Stored() => _answer.TrySetResult();

    /// <summary>It was not stored, for this reason.</summary>
    public void Refused(Exception reason) => _answer.TrySetException(reason);
}
