using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Attachments;

/// <summary>
/// Uploads a command has taken from staging to record: nobody else can take them while it runs; they go back to staging unless
/// its event is recorded.
/// </summary>
/// <param name="Uploads">The uploads, in the order the command named them.</param>
public sealed record AttachmentClaim(IReadOnlyList<StagedUpload> Uploads)
{
    /// <summary>The records the event will carry.</summary>
    public IReadOnlyList<AttachmentRecord> Records { get; } =
        [.. Uploads.Select(u => new AttachmentRecord(u.Id.ToString("D"), u.Name, u.ContentType, u.Size, u.Sha256))];
}
