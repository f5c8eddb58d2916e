namespace CaseFlow.Engine.Cases;

/// <summary>
/// An attachment (photo, document) as an event records it: the event's hash covers these values, so the file's bytes cannot be
/// swapped unseen — their SHA-256 must stay <paramref name="Sha256"/>.
/// </summary>
/// <param name="Id">The attachment's id (where its bytes are kept).</param>
/// <param name="Name">The file name it was uploaded under.</param>
/// <param name="ContentType">Its media type, as found in its bytes.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex.</param>
public sealed record AttachmentRecord(string Id, string Name, string ContentType, long Size, string Sha256);
