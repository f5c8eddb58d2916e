namespace CaseFlow.Engine.Attachments;

/// <summary>What reading a recorded attachment's stored bytes found.</summary>
/// <param name="Status">Whether they were found, hold up, or why not.</param>
/// <param name="Bytes">The bytes, when <see cref="Status"/> is <see cref="AttachmentStatus.Intact"/>.</param>
/// <param name="Detail">What is wrong, for the other statuses.</param>
public sealed record AttachmentContent(AttachmentStatus Status, byte[]? Bytes, string Detail);

/// <summary>What became of a recorded attachment's stored bytes (written by name in JSON).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AttachmentStatus>))]
public enum AttachmentStatus
{
    /// <summary>Present, opened with the case's key, and hashing to the SHA-256 the event recorded.</summary>
    Intact,

    /// <summary>The case's personal data was erased: the bytes can no longer be opened, by design.</summary>
    Erased,

    /// <summary>No bytes are stored for it.</summary>
    Missing,

    /// <summary>The stored bytes do not open with the case's key for this attachment (changed, or another file put in its place).</summary>
    Unreadable,

    /// <summary>The stored bytes open but hash to something else than the SHA-256 recorded.</summary>
    Swapped,
}
