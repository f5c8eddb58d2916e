namespace CaseFlow.Engine.Attachments;

/// <summary>
/// A file uploaded but not yet recorded on a case: what it is, whose it is, until when it is kept, and its bytes sealed under a key
/// of its own (wrapped with the master key).
/// </summary>
/// <param name="Id">The upload's id, the one a command names.</param>
/// <param name="Identity">Who uploaded it (only they may attach it).</param>
/// <param name="Name">The file name it was uploaded under.</param>
/// <param name="ContentType">Its type, as its bytes say.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex.</param>
/// <param name="ExpiresAt">When it is dropped if no command has recorded it.</param>
/// <param name="MasterKeyId">The master key its own key is wrapped with.</param>
/// <param name="WrappedKey">Its own key, wrapped.</param>
/// <param name="Sealed">Its bytes, sealed under its own key.</param>
public sealed record StagedUpload(
    Guid Id, string Identity, string Name, string ContentType, long Size, string Sha256, DateTimeOffset ExpiresAt,
    string MasterKeyId, byte[] WrappedKey, byte[] Sealed);
