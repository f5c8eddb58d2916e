using System.Data.Common;
using CaseFlow.Engine.Attachments;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.History;

/// <summary>
/// Attachments in the shared database (migration 9), so that every instance reads what any one staged or kept: staged uploads in
/// <c>attachment_uploads</c>, files recorded on cases in <c>attachments</c> (bytea), each sealed.
/// </summary>
public sealed partial class PostgresCaseStore : IAttachmentStore
{
    private const string UploadColumns = "id, identity, name, content_type, size, sha256, expires_at, master_key_id, wrapped_key, sealed";

    /// <inheritdoc />
    string IAttachmentStore.Describe() => $"the PostgreSQL table attachments of {Describe()}";

    /// <inheritdoc />
    public async Task StageAsync(StagedUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        await ExecuteAsync(new SqlStatement(
            $"INSERT INTO attachment_uploads ({UploadColumns}) VALUES (@id, @identity, @name, @type, @size, @sha, @expires, @master, @wrapped, @sealed)",
            ("@id", Dialect.Id(upload.Id)), ("@identity", upload.Identity), ("@name", upload.Name), ("@type", upload.ContentType), ("@size", upload.Size),
            ("@sha", upload.Sha256), ("@expires", StoreTime.Instant(upload.ExpiresAt)), ("@master", upload.MasterKeyId),
            ("@wrapped", upload.WrappedKey), ("@sealed", upload.Sealed)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StagedUpload?> TakeStagedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        // One DELETE … RETURNING: of two takers at once, one gets the row and the other none.
        var taken = await ReadListAsync(
            new SqlStatement($"DELETE FROM attachment_uploads WHERE id = @id RETURNING {UploadColumns}", ("@id", Dialect.Id(id))),
            ReadUpload, cancellationToken);
        return taken.Count == 0 ? null : taken[0];
    }

    /// <inheritdoc />
    public Task<int> DropExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ExecuteAsync(new SqlStatement("DELETE FROM attachment_uploads WHERE expires_at <= @now", ("@now", StoreTime.Instant(now))), cancellationToken);

    /// <inheritdoc />
    public async Task KeepAsync(Guid caseId, Guid id, byte[] sealedBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sealedBytes);
        await ExecuteAsync(new SqlStatement(
            "INSERT INTO attachments (case_id, id, sealed) VALUES (@case, @id, @sealed) ON CONFLICT (case_id, id) DO UPDATE SET sealed = excluded.sealed",
            ("@case", Dialect.Id(caseId)), ("@id", Dialect.Id(id)), ("@sealed", sealedBytes)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(Guid caseId, Guid id, CancellationToken cancellationToken = default) =>
        await ScalarAsync(new SqlStatement("SELECT sealed FROM attachments WHERE case_id = @case AND id = @id", ("@case", Dialect.Id(caseId)), ("@id", Dialect.Id(id))), cancellationToken) as byte[];

    private static StagedUpload ReadUpload(DbDataReader reader, SqlDialect dialect) => new(
        dialect.ReadId(reader, 0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5),
        StoreTime.ParseInstant(reader.GetString(6)), reader.GetString(7), (byte[])reader.GetValue(8), (byte[])reader.GetValue(9));
}
