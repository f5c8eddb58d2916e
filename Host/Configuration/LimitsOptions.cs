using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>How large a request body may be (configuration section CaseFlow:Limits); a larger one is answered 413.</summary>
public sealed class LimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Limits";

    /// <summary>The largest body, in bytes, of a request to the case, reporter, sign-in and migration endpoints.</summary>
    [Range(1024, 64L * 1024 * 1024, ErrorMessage = "CaseFlow:Limits:RequestBody must be between 1024 and 67108864 bytes, e.g. 262144 (256 KiB)")]
    public long RequestBody { get; set; } = 256 * 1024;

    /// <summary>The largest body, in bytes, of a definition sent to be validated or published (a whole workflows.json).</summary>
    [Range(1024, 64L * 1024 * 1024, ErrorMessage = "CaseFlow:Limits:DefinitionBody must be between 1024 and 67108864 bytes, e.g. 2097152 (2 MiB)")]
    public long DefinitionBody { get; set; } = 2 * 1024 * 1024;

    /// <summary>The largest file, in bytes, one upload (POST /attachments) may carry; its request may be larger by a multipart form's framing.</summary>
    [Range(1024, 256L * 1024 * 1024, ErrorMessage = "CaseFlow:Limits:AttachmentBytes must be between 1024 and 268435456 bytes, e.g. 10485760 (10 MiB)")]
    public long AttachmentBytes { get; set; } = Engine.Input.InputLimits.DefaultAttachmentBytes;
}
