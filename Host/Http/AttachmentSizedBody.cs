namespace CaseFlow.Host.Http;

/// <summary>Marks an endpoint whose body is one uploaded file, allowed up to CaseFlow:Limits:AttachmentBytes (and a form's framing) rather than RequestBody.</summary>
internal sealed class AttachmentSizedBody
{
    /// <summary>The room a multipart form's boundaries and part headers take beside the file.</summary>
    public const long FormFraming = 64 * 1024;

    public static AttachmentSizedBody Instance { get; } = new();
}
