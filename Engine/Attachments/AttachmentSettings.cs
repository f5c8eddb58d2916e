using CaseFlow.Engine.Input;

namespace CaseFlow.Engine.Attachments;

/// <summary>How large one upload may be and how long it stays staged for its uploader.</summary>
/// <param name="MaxBytes">The largest file, in bytes.</param>
/// <param name="StagedFor">How long an upload no command recorded is kept.</param>
public sealed record AttachmentSettings(long MaxBytes, TimeSpan StagedFor)
{
    /// <summary>10 MiB, kept 24 hours.</summary>
    public static AttachmentSettings Default { get; } = new(InputLimits.DefaultAttachmentBytes, TimeSpan.FromHours(24));
}
