using System.Runtime.CompilerServices;
using System.Text.Json;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Privacy;

/// <summary>
/// Keeps personal data sealed at rest: seals the personal fields of the events a command records under the case's own data key
/// (made for the case, wrapped by the master key, kept beside its history), and opens them again only where they are shown —
/// masked to everyone, in clear to an auditor who said why, read as erased once the case's key is destroyed.
/// </summary>
/// <param name="keys">Where the wrapped data keys are kept.</param>
/// <param name="masterKeys">The master keys.</param>
/// <param name="time">The clock.</param>
/// <param name="reload">
/// Reads the master keys again (from their file) when a case's key is wrapped with one this vault does not hold yet: another
/// instance, or the <c>keys rotate</c> verb, made a new one active. Null when the keys cannot change while the process runs.
/// </param>
public sealed class PersonalDataVault(ICaseKeyStore keys, MasterKeyRing masterKeys, TimeProvider time, Func<MasterKeyRing>? reload = null)
{
    private static readonly ConditionalWeakTable<ICaseStore, PersonalDataVault> EphemeralVaults = [];
    private volatile MasterKeyRing _masterKeys = masterKeys;

    /// <summary>The master keys in use.</summary>
    public MasterKeyRing MasterKeys => _masterKeys;

    /// <summary>The key store.</summary>
    public ICaseKeyStore Keys => keys;

    /// <summary>
    /// The vault every component built on <paramref name="store"/> without one of its own shares, under a master key made for this
    /// process alone (tests and tools: what it sealed cannot be read once the process ends).
    /// </summary>
    public static PersonalDataVault Ephemeral(ICaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return EphemeralVaults.GetValue(store, s => new PersonalDataVault(
            s as ICaseKeyStore ?? throw new ArgumentException($"{s.GetType().Name} keeps no case keys", nameof(store)),
            MasterKeyRing.Ephemeral(),
            TimeProvider.System));
    }

    /// <summary>
    /// The events with their personal fields sealed under the case's data key (made and stored now when the case has none yet);
    /// events with nothing personal come back as they are. Null when the case's key was erased: it takes no more personal data.
    /// </summary>
    public async Task<IReadOnlyList<CaseEvent>?> SealAsync(Guid caseId, IReadOnlyList<CaseEvent> events, IEnumerable<string> marked, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var fields = marked.ToHashSet(StringComparer.Ordinal);
        if (!events.Any(e => PersonalFields.AnyIn(e.Payload, fields)))
        {
            return events;
        }

        var dataKey = await DataKeyForWritingAsync(caseId, cancellationToken);
        if (dataKey is null)
        {
            return null;
        }

        return [.. events.Select(e => e with { Payload = PersonalFields.Seal(e.Payload, fields, (field, value) => SealedValue.Seal(caseId, field, value, dataKey)) })];
    }

    /// <summary>The keys that open the sealed values of these cases.</summary>
    public async Task<PersonalDataLens> OpenAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        var ids = caseIds.ToHashSet();
        var stored = ids.Count == 0 ? new Dictionary<Guid, CaseKey>() : await keys.ReadKeysAsync(ids, cancellationToken);
        var opened = new Dictionary<Guid, byte[]?>();
        foreach (var (id, key) in stored)
        {
            opened[id] = key.Wrapped is { } wrapped ? Ring(key.MasterKeyId).Unwrap(id, key.MasterKeyId, wrapped) : null;
        }

        return new PersonalDataLens(opened);
    }

    /// <summary>JSON text with every sealed value in it opened: in clear when <paramref name="disclose"/>, masked otherwise.</summary>
    public async Task<string> ShowJsonAsync(string json, bool disclose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!SealedValue.Contains(json))
        {
            return json;
        }

        var lens = await OpenAsync(SealedValue.CasesIn(json), cancellationToken);
        return SealedValue.Replace(json, value => JsonEncoded(lens.Show(value, disclose)));
    }

    /// <summary>
    /// A value with every sealed value in it opened (in clear when <paramref name="disclose"/>, masked otherwise), by way of its JSON
    /// (in <paramref name="options"/>, by default the shape events and snapshots are stored in).
    /// </summary>
    public async Task<T> ShowAsync<T>(T value, bool disclose, JsonSerializerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= StoreJson.Options;
        var json = JsonSerializer.Serialize(value, options);
        if (!SealedValue.Contains(json))
        {
            return value;
        }

        return JsonSerializer.Deserialize<T>(await ShowJsonAsync(json, disclose, cancellationToken), options)!;
    }

    /// <summary>
    /// Events as they stream by, each with its sealed values opened (in clear when <paramref name="disclose"/>, masked otherwise);
    /// a case's keys are read once for its run of events.
    /// </summary>
    public async IAsyncEnumerable<CaseEvent> ShowEachAsync(IAsyncEnumerable<CaseEvent> events, bool disclose, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        (Guid CaseId, PersonalDataLens Lens)? current = null;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            var payload = JsonSerializer.Serialize(e.Payload, StoreJson.Options);
            if (!SealedValue.Contains(payload))
            {
                yield return e;
                continue;
            }

            if (current?.CaseId != e.CaseId)
            {
                current = (e.CaseId, await OpenAsync(SealedValue.CasesIn(payload), cancellationToken));
            }

            var shown = SealedValue.Replace(payload, value => JsonEncoded(current.Value.Lens.Show(value, disclose)));
            yield return e with { Payload = JsonSerializer.Deserialize<CasePayload>(shown, StoreJson.Options)! };
        }
    }

    /// <summary>
    /// Destroys a case's data key: from now on its personal data reads as erased wherever it is stored, while every event, hash
    /// and replay stays as it was. False when the case has no key (nothing personal sealed) or was erased already.
    /// </summary>
    public Task<bool> EraseAsync(Erasure erasure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        return keys.EraseKeyAsync(erasure, cancellationToken);
    }

    /// <summary>
    /// Re-wraps every case key not yet wrapped with the active master key, in batches; returns how many it re-wrapped.
    /// <paramref name="progress"/> hears the running count after each batch.
    /// </summary>
    public async Task<int> RewrapAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        const int Batch = 500;
        var done = 0;
        while (true)
        {
            var ring = _masterKeys;
            var pending = await keys.ReadKeysNotWrappedWithAsync(ring.ActiveId, Batch, cancellationToken);
            var moved = 0;
            foreach (var key in pending)
            {
                var dataKey = ring.Unwrap(key.CaseId, key.MasterKeyId, key.Wrapped!);
                if (await keys.RewrapKeyAsync(key.CaseId, key.MasterKeyId, ring.ActiveId, ring.Wrap(key.CaseId, dataKey), cancellationToken))
                {
                    moved++;
                }
            }

            done += moved;
            progress?.Report(done);
            if (pending.Count < Batch || moved == 0)
            {
                return done;
            }
        }
    }

    /// <summary>
    /// The case's data key to seal a file under (made and stored now when the case has none yet); null when it was erased: the case
    /// takes no more personal data, attachments among it.
    /// </summary>
    public Task<byte[]?> KeyForSealingAsync(Guid caseId, CancellationToken cancellationToken = default) => DataKeyForWritingAsync(caseId, cancellationToken);

    /// <summary>The case's data key to open a file with, or why there is none: erased, or never made (nothing of the case was sealed).</summary>
    public async Task<(byte[]? Key, bool Erased)> KeyForOpeningAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var stored = await keys.ReadKeysAsync([caseId], cancellationToken);
        if (!stored.TryGetValue(caseId, out var key))
        {
            return (null, false);
        }

        return key.Wrapped is { } wrapped ? (Ring(key.MasterKeyId).Unwrap(caseId, key.MasterKeyId, wrapped), false) : (null, true);
    }

    /// <summary>
    /// A fresh key for one upload not yet on any case, wrapped with the active master key and bound to the upload's id: what a staged
    /// file is sealed under until a command records it on a case.
    /// </summary>
    public (byte[] Key, string MasterKeyId, byte[] Wrapped) NewUploadKey(Guid uploadId)
    {
        var ring = _masterKeys;
        var (key, wrapped) = ring.NewDataKey(uploadId);
        return (key, ring.ActiveId, wrapped);
    }

    /// <summary>The key <see cref="NewUploadKey"/> made for the upload, unwrapped.</summary>
    public byte[] OpenUploadKey(Guid uploadId, string masterKeyId, byte[] wrapped) => Ring(masterKeyId).Unwrap(uploadId, masterKeyId, wrapped);

    private async Task<byte[]?> DataKeyForWritingAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var existing = await keys.ReadKeysAsync([caseId], cancellationToken);
        if (existing.TryGetValue(caseId, out var key))
        {
            return key.Wrapped is { } wrapped ? Ring(key.MasterKeyId).Unwrap(caseId, key.MasterKeyId, wrapped) : null;
        }

        var ring = _masterKeys;
        var (dataKey, wrappedKey) = ring.NewDataKey(caseId);
        if (await keys.AddKeyAsync(new CaseKey(caseId, ring.ActiveId, wrappedKey, time.GetUtcNow()), cancellationToken))
        {
            return dataKey;
        }

        // Another writer made the case's key first: use theirs.
        return await DataKeyForWritingAsync(caseId, cancellationToken);
    }

    /// <summary>The master keys, read again first when they lack <paramref name="masterKeyId"/> and can be read again.</summary>
    private MasterKeyRing Ring(string masterKeyId)
    {
        var ring = _masterKeys;
        if (!ring.Holds(masterKeyId) && reload is not null)
        {
            ring = reload();
            _masterKeys = ring;
        }

        return ring;
    }

    private static string JsonEncoded(string text)
    {
        var quoted = JsonSerializer.Serialize(text);
        return quoted[1..^1];
    }
}

/// <summary>The opened data keys of some cases: shows each sealed value in clear, masked, or as erased.</summary>
/// <param name="keys">Each case's data key; null for a case whose key was erased.</param>
public sealed class PersonalDataLens(IReadOnlyDictionary<Guid, byte[]?> keys)
{
    /// <summary>The value in clear (<paramref name="disclose"/>) or masked; erased or unreadable when it cannot be opened.</summary>
    public string Show(Sealed value, bool disclose)
    {
        if (!keys.TryGetValue(value.CaseId, out var key))
        {
            return PersonalFields.Unreadable;
        }

        if (key is null)
        {
            return PersonalFields.Erased;
        }

        var plain = SealedValue.Open(value, key);
        return plain is null ? PersonalFields.Unreadable : disclose ? plain : PersonalFields.Mask(value.Field, plain);
    }

    /// <summary>Text with every sealed value in it shown.</summary>
    public string Show(string text, bool disclose)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SealedValue.Replace(text, value => Show(value, disclose));
    }
}
