using CaseFlow.Engine.Audit;

namespace CaseFlow.Host.Http;

/// <summary>What verifying every case's hash chain found.</summary>
/// <param name="Cases">How many cases were read.</param>
/// <param name="Events">How many events were read.</param>
/// <param name="Intact">True when no chain is broken.</param>
/// <param name="Broken">Each case whose chain is broken, and where.</param>
/// <param name="ElapsedMs">How long the verification took, in milliseconds.</param>
internal sealed record ChainReport(int Cases, long Events, bool Intact, IReadOnlyList<BrokenCase> Broken, double ElapsedMs)
{
    /// <summary>How many recorded attachments' stored bytes were checked.</summary>
    public int AttachmentsChecked { get; init; }

    /// <summary>Each attachment whose bytes are not as recorded (Missing, Unreadable, Swapped) or were erased (Erased, no fault).</summary>
    public IReadOnlyList<AttachmentFinding> Attachments { get; init; } = [];
}
