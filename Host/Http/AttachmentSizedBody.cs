namespace CaseFlow.Host.Http;

/// <summary>
/// Marks an endpoint whose body carries an uploaded file, allowed up to CaseFlow:Limits:AttachmentBytes (and a form's framing)
/// rather than RequestBody: as metadata on POST /attachments, as an attribute on the console's case page.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class AttachmentSizedBody : Attribute
{
    /// <summary>The room a multipart form's boundaries and part headers take beside the file.</summary>
    public const long FormFraming = 64 * 1024;

    public static AttachmentSizedBody Instance { get; } = new();
}
