using CaseFlow.Engine.Attachments;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>A recorded attachment whose stored bytes are not what its event recorded, or were erased with the case's personal data.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Sequence">The event that recorded the attachment.</param>
/// <param name="AttachmentId">The attachment.</param>
/// <param name="Status">What became of its bytes (erased is no fault).</param>
/// <param name="Reason">What is wrong, for people.</param>
public sealed record AttachmentFinding(Guid CaseId, long Sequence, string AttachmentId, AttachmentStatus Status, string Reason)
{
    /// <summary>True when the bytes were changed, swapped or lost; false when they were erased by design.</summary>
    public bool IsFault => Status != AttachmentStatus.Erased;
}

/// <summary>
/// Checks every attachment the histories record: its stored bytes must open under the case's key and hash to the SHA-256 the event
/// recorded (which the hash chain covers), so a file swapped or lost is found; one erased with its case's personal data is reported
/// as erased, not as tampering.
/// </summary>
public static class AttachmentVerifier
{
    /// <summary>Reads every event and checks each attachment it records; returns how many were checked and what was found.</summary>
    public static async Task<(int Checked, IReadOnlyList<AttachmentFinding> Findings)> CheckAsync(
        IEventStore store, AttachmentService attachments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(attachments);
        var count = 0;
        var findings = new List<AttachmentFinding>();
        await foreach (var e in store.ReadAllAsync(cancellationToken))
        {
            foreach (var record in e.Payload.Attachments ?? [])
            {
                count++;
                var content = await attachments.OpenAsync(e.CaseId, record, cancellationToken);
                if (content.Status != AttachmentStatus.Intact)
                {
                    findings.Add(new AttachmentFinding(e.CaseId, e.Sequence, record.Id, content.Status, content.Detail));
                }
            }
        }

        return (count, findings);
    }
}
