namespace CaseFlow.Host.Demo;

/// <summary>What the demo sent and how the engine answered.</summary>
public sealed class DemoTally
{
    private int _accepted;
    private int _rejected;

    /// <summary>Commands the engine accepted.</summary>
    public int Accepted => _accepted;

    /// <summary>Commands the engine refused (the demo sends a few on purpose).</summary>
    public int Rejected => _rejected;

    /// <summary>The reasons given for refusals, one per refused command.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Reasons { get; } = new();

    internal void Accept() => Interlocked.Increment(ref _accepted);

    internal void Reject(string reason)
    {
        Interlocked.Increment(ref _rejected);
        Reasons.Enqueue(reason);
    }
}
