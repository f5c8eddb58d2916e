using System.Text.Json;

namespace CaseFlow.Engine.Attachments;

/// <summary>
/// Attachments as files in a folder (by default beside the SQLite file): <c>staged/ID.upload</c> for uploads not yet on a case,
/// <c>cases/CASE-ID/ID.bin</c> for the files recorded on cases. Every file is sealed; a backup must take the folder with the database.
/// </summary>
/// <param name="root">The folder.</param>
public sealed class FolderAttachmentStore(string root) : IAttachmentStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public string Describe() => $"the folder {Root}";

    /// <inheritdoc />
    public async Task StageAsync(StagedUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        Directory.CreateDirectory(Staged);
        var path = StagedPath(upload.Id);
        var writing = path + ".part";
        await File.WriteAllBytesAsync(writing, JsonSerializer.SerializeToUtf8Bytes(upload, Json), cancellationToken);
        File.SetLastWriteTimeUtc(writing, upload.ExpiresAt.UtcDateTime);
        File.Move(writing, path, overwrite: false);
    }

    /// <inheritdoc />
    public async Task<StagedUpload?> TakeStagedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        // Renaming is atomic: of two takers at once, one moves the file and the other finds it gone.
        var path = StagedPath(id);
        var taken = $"{path}.{Guid.NewGuid():N}.taken";
        try
        {
            File.Move(path, taken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StagedUpload>(await File.ReadAllBytesAsync(taken, cancellationToken), Json);
        }
        finally
        {
            File.Delete(taken);
        }
    }

    /// <inheritdoc />
    public async Task<int> DropExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Staged))
        {
            return 0;
        }

        var dropped = 0;
        foreach (var path in Directory.EnumerateFiles(Staged, "*.upload"))
        {
            // A staged file's time is set to when it expires, so that a sweep reads no file's content.
            if (File.GetLastWriteTimeUtc(path) <= now.UtcDateTime
                && Guid.TryParseExact(Path.GetFileNameWithoutExtension(path), "N", out var id)
                && await TakeStagedAsync(id, cancellationToken) is not null)
            {
                dropped++;
            }
        }

        return dropped;
    }

    /// <inheritdoc />
    public async Task KeepAsync(Guid caseId, Guid id, byte[] sealedBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sealedBytes);
        var path = KeptPath(caseId, id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var writing = $"{path}.{Guid.NewGuid():N}.part";
        await File.WriteAllBytesAsync(writing, sealedBytes, cancellationToken);
        File.Move(writing, path, overwrite: true);
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(Guid caseId, Guid id, CancellationToken cancellationToken = default)
    {
        try
        {
            return await File.ReadAllBytesAsync(KeptPath(caseId, id), cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The file an attachment of a case is kept in.</summary>
    public string KeptPath(Guid caseId, Guid id) => Path.Combine(Root, "cases", caseId.ToString("N"), $"{id:N}.bin");

    private string Staged => Path.Combine(Root, "staged");

    private string StagedPath(Guid id) => Path.Combine(Staged, $"{id:N}.upload");
}
