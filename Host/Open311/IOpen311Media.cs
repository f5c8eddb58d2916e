namespace CaseFlow.Host.Open311;

/// <summary>
/// Where the photo of an Open311 report (the multipart part <c>media</c>) goes: staged as an attachment of the submitting system, its
/// id then recorded with the submission (<see cref="AttachmentMedia"/>, on the service's attachment store). Without one registered, a
/// report with a photo is refused (with what to do instead) rather than its photo dropped unseen.
/// </summary>
public interface IOpen311Media
{
    /// <summary>Stages the file for <paramref name="identity"/>; the attachment's id, or why the file was refused.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name the client gave.</param>
    /// <param name="declaredContentType">The content type the client declared (the store checks it against the bytes).</param>
    /// <param name="identity">The submitting system's identity.</param>
    /// <param name="cancellationToken">Cancels the staging.</param>
    Task<Open311MediaStaged> StageAsync(Stream content, string fileName, string declaredContentType, string identity, CancellationToken cancellationToken);
}

/// <summary>What staging a photo came to: the attachment's id, or why it was refused.</summary>
/// <param name="AttachmentId">The staged attachment's id; null when refused.</param>
/// <param name="Refusal">Why the file was refused, and what would be taken; null when staged.</param>
/// <param name="Status">The HTTP status of a refusal (413 too large, 415 a type not taken, 422 not the type declared, else 400).</param>
public sealed record Open311MediaStaged(string? AttachmentId, string? Refusal, int Status = StatusCodes.Status400BadRequest);
