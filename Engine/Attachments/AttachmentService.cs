using System.Globalization;
using System.Security.Cryptography;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Privacy;

namespace CaseFlow.Engine.Attachments;

/// <summary>
/// Photos and documents: stages an upload for its uploader (its type read from its bytes, its size bounded, sealed under a key of its
/// own), lets one command of the same identity take it, keeps it sealed under the case's data key once the command's event records
/// it (with its SHA-256, which the hash chain then covers), and reads it back checked against that hash.
/// </summary>
/// <param name="store">Where the bytes are kept.</param>
/// <param name="vault">The keys: the master key wraps each staged upload's key, the case's key seals its attachments.</param>
/// <param name="time">The clock.</param>
/// <param name="settings">The size limit and how long uploads stay staged.</param>
public sealed class AttachmentService(IAttachmentStore store, PersonalDataVault vault, TimeProvider time, AttachmentSettings? settings = null)
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private long _nextSweep;

    /// <summary>Where the bytes are kept.</summary>
    public IAttachmentStore Store => store;

    /// <summary>The limits in force.</summary>
    public AttachmentSettings Settings { get; } = settings ?? AttachmentSettings.Default;

    /// <summary>
    /// Stages a file read from <paramref name="content"/> for <paramref name="identity"/>: its type is what its bytes are, and must agree
    /// with <paramref name="declaredContentType"/> when one is declared; its name is <paramref name="fileName"/> without any path.
    /// Returns the record a command will carry once it names the id, or what was wrong. Every upload route (the native API, Open311)
    /// stages through here.
    /// </summary>
    public async Task<(AttachmentRecord? Staged, StagingProblem? Problem)> StageAsync(
        Stream content, string? fileName, string? declaredContentType, string identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(identity);
        var name = NameOf(fileName);
        if ((InputText.Problem("identity", identity) ?? InputText.Problem("attachment.name", name)) is { } unbounded)
        {
            return (null, new(StagingProblemKind.Invalid, unbounded));
        }

        var bytes = await ReadBoundedAsync(content, Settings.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, new(StagingProblemKind.TooLarge, $"the file is larger than {Settings.MaxBytes} bytes, the most one upload may carry (CaseFlow:Limits:AttachmentBytes); send a smaller file (a photo at a lower resolution, a document split in parts)"));
        }

        if (bytes.Length == 0)
        {
            return (null, new(StagingProblemKind.Invalid, "the file is empty; send the photo's or document's bytes"));
        }

        if (AttachmentTypes.Problem(bytes.AsSpan(0, Math.Min(bytes.Length, AttachmentTypes.SniffBytes)), declaredContentType) is { } wrongType)
        {
            return (null, new(wrongType.Unsupported ? StagingProblemKind.Unsupported : StagingProblemKind.Mismatch, wrongType.Message));
        }

        await SweepAsync(cancellationToken);
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var (key, masterKeyId, wrapped) = vault.NewUploadKey(id);
        var upload = new StagedUpload(
            id, identity, name, AttachmentTypes.Sniff(bytes)!, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), now + Settings.StagedFor,
            masterKeyId, wrapped, SealedBlob.Seal(bytes, key, StagedContext(id)));
        await store.StageAsync(upload, cancellationToken);
        return (new AttachmentClaim([upload]).Records[0], null);
    }

    /// <summary>
    /// Takes the uploads a command names from staging, all or none: each must be staged for <paramref name="identity"/> and not expired.
    /// On a problem, any taken already go back.
    /// </summary>
    public async Task<(AttachmentClaim? Claim, FieldProblem? Problem)> ClaimAsync(IReadOnlyList<string> ids, string identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var taken = new List<StagedUpload>();
        FieldProblem? problem = null;
        var now = time.GetUtcNow();
        foreach (var (text, i) in ids.Select((t, i) => (t, i)))
        {
            if (!Guid.TryParseExact(text, "D", out var id))
            {
                problem = new("attachments", $"attachments[{i}] ('{text}') is not an attachment id; give the id POST /attachments answered, e.g. 0193a7c2-5d4e-7f00-8000-0123456789ab");
                break;
            }

            if (taken.Any(u => u.Id == id))
            {
                problem = new("attachments", $"attachments[{i}] names {text} again; name each attachment once");
                break;
            }

            var upload = await store.TakeStagedAsync(id, cancellationToken);
            if (upload is not null && upload.Identity != identity)
            {
                await store.StageAsync(upload, cancellationToken);
                upload = null;
            }

            if (upload is null || upload.ExpiresAt <= now)
            {
                problem = new("attachments", $"attachments[{i}] ({text}) is no upload staged for this caller: upload the file first (POST /attachments) as the same identity that sends the command; an upload is recorded once, and kept {Settings.StagedFor.TotalHours.ToString(CultureInfo.InvariantCulture)} hours until then");
                break;
            }

            taken.Add(upload);
        }

        if (problem is not null)
        {
            await ReleaseAsync(new AttachmentClaim(taken), cancellationToken);
            return (null, problem);
        }

        return (new AttachmentClaim(taken), null);
    }

    /// <summary>Puts a claim's uploads back in staging (the command was refused, or answered as already applied).</summary>
    public async Task ReleaseAsync(AttachmentClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        foreach (var upload in claim.Uploads)
        {
            await store.StageAsync(upload, cancellationToken);
        }
    }

    /// <summary>
    /// Keeps a claim's files as attachments of the case, each re-sealed under the case's data key (made now if the case has none);
    /// false when that key was erased: the case takes no more personal data.
    /// </summary>
    public async Task<bool> KeepAsync(Guid caseId, AttachmentClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (await vault.KeyForSealingAsync(caseId, cancellationToken) is not { } caseKey)
        {
            return false;
        }

        foreach (var upload in claim.Uploads)
        {
            var key = vault.OpenUploadKey(upload.Id, upload.MasterKeyId, upload.WrappedKey);
            var bytes = SealedBlob.Open(upload.Sealed, key, StagedContext(upload.Id))
                ?? throw new InvalidOperationException($"staged upload {upload.Id} does not open with its own key: it was changed while staged");
            await store.KeepAsync(caseId, upload.Id, SealedBlob.Seal(bytes, caseKey, CaseContext(caseId, upload.Id)), cancellationToken);
        }

        return true;
    }

    /// <summary>A recorded attachment's bytes, checked against the SHA-256 its event recorded; or what became of them.</summary>
    public async Task<AttachmentContent> OpenAsync(Guid caseId, AttachmentRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!Guid.TryParseExact(record.Id, "D", out var id))
        {
            return new(AttachmentStatus.Missing, null, $"the recorded id '{record.Id}' names no stored file");
        }

        var (key, erased) = await vault.KeyForOpeningAsync(caseId, cancellationToken);
        if (erased)
        {
            return new(AttachmentStatus.Erased, null, "the case's personal data was erased, and its attachments with it");
        }

        if (await store.ReadAsync(caseId, id, cancellationToken) is not { } sealedBytes)
        {
            return new(AttachmentStatus.Missing, null, $"no bytes are stored for it in {store.Describe()}");
        }

        if (key is null || SealedBlob.Open(sealedBytes, key, CaseContext(caseId, id)) is not { } bytes)
        {
            return new(AttachmentStatus.Unreadable, null, "the stored bytes do not open with the case's key for this attachment: they were changed or another file was put in their place");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return hash == record.Sha256
            ? new(AttachmentStatus.Intact, bytes, "")
            : new(AttachmentStatus.Swapped, null, $"the stored bytes hash to {hash}, not the SHA-256 {record.Sha256} the event recorded");
    }

    /// <summary>Drops expired uploads now; returns how many.</summary>
    public Task<int> DropExpiredAsync(CancellationToken cancellationToken = default) => store.DropExpiredAsync(time.GetUtcNow(), cancellationToken);

    /// <summary>The file name without any folder (a browser may send a whole path), or a plain one when none is given.</summary>
    public static string NameOf(string? fileName)
    {
        var name = fileName?.Replace('\\', '/').Split('/')[^1].Trim();
        return string.IsNullOrEmpty(name) ? "attachment" : name;
    }

    /// <summary>Expired uploads are dropped as uploads come in, at most once a minute: no timer is needed for them.</summary>
    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        var due = Interlocked.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + (long)(SweepEvery.TotalSeconds * time.TimestampFrequency), due) != due)
        {
            return;
        }

        await DropExpiredAsync(cancellationToken);
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string StagedContext(Guid id) => $"caseflow-upload:{id:D}";

    private static string CaseContext(Guid caseId, Guid id) => $"caseflow-attachment:{caseId:D}:{id:D}";
}
