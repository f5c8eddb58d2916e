namespace CaseFlow.Engine.Attachments;

/// <summary>
/// Where attachments' bytes are kept, outside the case histories (which record each one's SHA-256): uploads staged for their
/// uploader, and the files recorded on cases, every one sealed. A folder beside the SQLite file by default, a table on PostgreSQL.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Where the files are, for people (a folder, a table).</summary>
    string Describe();

    /// <summary>Keeps an upload until a command takes it or it expires.</summary>
    Task StageAsync(StagedUpload upload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes a staged upload and returns it, at most once however many ask at the same time: the one command that gets it may
    /// record it. Null when there is none (never uploaded, taken already, or dropped when it expired).
    /// </summary>
    Task<StagedUpload?> TakeStagedAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Drops the staged uploads that expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> DropExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Keeps an attachment of a case, sealed under the case's key (writing it again replaces it).</summary>
    Task KeepAsync(Guid caseId, Guid id, byte[] sealedBytes, CancellationToken cancellationToken = default);

    /// <summary>The sealed bytes of an attachment of a case; null when there are none.</summary>
    Task<byte[]?> ReadAsync(Guid caseId, Guid id, CancellationToken cancellationToken = default);
}
