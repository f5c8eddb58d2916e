using System.Text;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>
/// Walks one case's events in order, remembering its first fault: a gap or reorder, a broken link, then changed content. Hashes are
/// compared as the stored bytes (UTF-8), so that checking a row makes no string.
/// </summary>
internal sealed class ChainCursor(Guid caseId)
{
    private static readonly byte[] Genesis = Encoding.UTF8.GetBytes(EventChain.Genesis);
    private byte[] _lastHash = (byte[])Genesis.Clone();
    private int _lastHashLength = Genesis.Length;

    public Guid CaseId { get; } = caseId;

    public long LastSequence { get; private set; }

    public BrokenCase? Fault { get; private set; }

    /// <summary>True when the event's content is still to be checked: no fault so far, and the event follows and links to the one before.</summary>
    public bool Admits(long sequence, ReadOnlySpan<byte> previousHash)
    {
        if (Fault is not null)
        {
            return false;
        }

        if (sequence != LastSequence + 1)
        {
            Fault = new BrokenCase(CaseId, LastSequence + 1, $"event {LastSequence + 1} is missing or out of order (found {sequence})");
        }
        else if (!previousHash.SequenceEqual(_lastHash.AsSpan(0, _lastHashLength)))
        {
            Fault = new BrokenCase(CaseId, sequence, $"event {sequence} does not link to the event before it");
        }

        return Fault is null;
    }

    /// <summary>Records that the event's content no longer matches its hash.</summary>
    public void ContentFails(long sequence) =>
        Fault = new BrokenCase(CaseId, sequence, $"event {sequence} was changed after it was recorded (its content no longer matches its hash)");

    /// <summary>Moves past the event.</summary>
    public void Advance(long sequence, ReadOnlySpan<byte> hash)
    {
        LastSequence = sequence;
        if (_lastHash.Length < hash.Length)
        {
            _lastHash = new byte[hash.Length];
        }

        hash.CopyTo(_lastHash);
        _lastHashLength = hash.Length;
    }

    /// <summary>True when the last event's hash is <paramref name="hash"/>.</summary>
    public bool EndsWith(string hash) => Encoding.UTF8.GetBytes(hash).AsSpan().SequenceEqual(_lastHash.AsSpan(0, _lastHashLength));
}
