using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>Walks one case's events in order, remembering its first fault: a gap or reorder, a broken link, then changed content.</summary>
internal sealed class ChainCursor(Guid caseId)
{
    public Guid CaseId { get; } = caseId;

    public long LastSequence { get; private set; }

    public string LastHash { get; private set; } = EventChain.Genesis;

    public BrokenCase? Fault { get; private set; }

    /// <summary>True when the event's content is still to be checked: no fault so far, and the event follows and links to the one before.</summary>
    public bool Admits(long sequence, string previousHash)
    {
        if (Fault is not null)
        {
            return false;
        }

        if (sequence != LastSequence + 1)
        {
            Fault = new BrokenCase(CaseId, LastSequence + 1, $"event {LastSequence + 1} is missing or out of order (found {sequence})");
        }
        else if (previousHash != LastHash)
        {
            Fault = new BrokenCase(CaseId, sequence, $"event {sequence} does not link to the event before it");
        }

        return Fault is null;
    }

    /// <summary>Records that the event's content no longer matches its hash.</summary>
    public void ContentFails(long sequence) =>
        Fault = new BrokenCase(CaseId, sequence, $"event {sequence} was changed after it was recorded (its content no longer matches its hash)");

    /// <summary>Moves past the event.</summary>
    public void Advance(long sequence, string hash)
    {
        LastSequence = sequence;
        LastHash = hash;
    }
}
